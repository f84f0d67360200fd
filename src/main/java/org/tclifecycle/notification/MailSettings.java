package org.tclifecycle.notification;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where e-mails link to and in which time zone they give dates ({@code tc.mail.*}). */
@Component
class MailSettings {

  private final String tasklistUrl;
  private final ZoneId zone;

  MailSettings(@Value("${tc.mail.tasklist-url}") String tasklistUrl, @Value("${tc.mail.zone:UTC}") String zone) {
    this.tasklistUrl = tasklistUrl.endsWith("/") ? tasklistUrl : tasklistUrl + "/";
    this.zone = ZoneId.of(zone);
  }

  /** The task in Tasklist: opens the task's form for whoever follows the link (after logging in). */
  String linkTo(String taskId) {
    return tasklistUrl + "#/?task=" + taskId;
  }

  ZoneId zone() {
    return zone;
  }
}
