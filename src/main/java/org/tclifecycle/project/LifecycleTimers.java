package org.tclifecycle.project;

import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * Deadlines and timer cycles of the cooperation lifecycle, as ISO 8601 durations and cycles. The BPMN
 * models read them through the bean name {@code timers}, so demos and tests can shorten them.
 */
public class LifecycleTimers {

  private String screeningDue = "P5D";
  private String taskDue = "P14D";
  private String requestCompletionDeadline = "P60D";
  private String consentReminderCycle = "R/P30D";
  private String consentExpiry = "P180D";
  private String progressReportCycle = "R/P90D";
  private String actorReminderCycle = "R/P14D";
  private String actorResponseDeadline = "P30D";

  public Date screeningDueDate() {
    return fromNow(screeningDue);
  }

  public Date taskDueDate() {
    return fromNow(taskDue);
  }

  public Date consentDueDate() {
    return fromNow(consentExpiry);
  }

  /** Accepts calendar periods (P30D, P1M) and time-based durations (PT10M). */
  static Date fromNow(String iso) {
    ZonedDateTime now = ZonedDateTime.now();
    ZonedDateTime due = iso.contains("T") ? now.plus(Duration.parse(iso)) : now.plus(Period.parse(iso));
    return Date.from(due.toInstant());
  }

  public String getScreeningDue() { return screeningDue; }
  public void setScreeningDue(String value) { screeningDue = value; }
  public String getTaskDue() { return taskDue; }
  public void setTaskDue(String value) { taskDue = value; }
  public String getRequestCompletionDeadline() { return requestCompletionDeadline; }
  public void setRequestCompletionDeadline(String value) { requestCompletionDeadline = value; }
  public String getConsentReminderCycle() { return consentReminderCycle; }
  public void setConsentReminderCycle(String value) { consentReminderCycle = value; }
  public String getConsentExpiry() { return consentExpiry; }
  public void setConsentExpiry(String value) { consentExpiry = value; }
  public String getProgressReportCycle() { return progressReportCycle; }
  public void setProgressReportCycle(String value) { progressReportCycle = value; }
  public String getActorReminderCycle() { return actorReminderCycle; }
  public void setActorReminderCycle(String value) { actorReminderCycle = value; }
  public String getActorResponseDeadline() { return actorResponseDeadline; }
  public void setActorResponseDeadline(String value) { actorResponseDeadline = value; }
}
