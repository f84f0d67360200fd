package org.tclifecycle.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.project.Project;

/** Queues messages to a project's requesting authority; the process's send tasks deliver them ({@link NotificationRelay}). */
@Service
@Transactional
public class Outbox {

  private static final int MAX_BODY = 4000;
  private final NotificationRepository notifications;

  Outbox(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  public void queue(Project project, Notification.Kind kind, String body) {
    queueTo(project, kind, project.getRequestingAuthority(), body);
  }

  /** A message about the project to someone other than the requesting authority, such as a national actor. */
  public void queueTo(Project project, Notification.Kind kind, String recipient, String body) {
    String text = project.getBusinessKey() + " (" + project.getCountryCode() + "): " + body;
    notifications.save(new Notification(project.getId(), kind, recipient,
        text.length() > MAX_BODY ? text.substring(0, MAX_BODY) : text));
  }
}
