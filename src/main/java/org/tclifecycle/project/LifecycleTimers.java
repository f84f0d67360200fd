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

  private String requestCompletionDeadline = "P60D";
  private String consentReminderCycle = "R/P30D";
  private String consentExpiry = "P180D";
  private String progressReportCycle = "R/P90D";
  private String actorReminderCycle = "R/P14D";
  private String actorResponseDeadline = "P30D";
  private String panelYearlyCycle = "R/2027-01-15T08:00:00Z/P1Y";
  private String contributionReminderCycle = "R/P7D";
  private String panelSubmissionLead = "P6W";
  private String panelContributionLead = "P4W";
  private String followUpReviewInterval = "P3M";

  public Date consentDueDate() {
    return fromNow(consentExpiry);
  }

  /** When an invited national actor's input is due: the end of the response deadline. */
  public Date actorResponseDueDate() {
    return fromNow(actorResponseDeadline);
  }

  /** Accepts calendar periods (P30D, P1M) and time-based durations (PT10M). */
  static Date fromNow(String iso) {
    ZonedDateTime now = ZonedDateTime.now();
    ZonedDateTime due = iso.contains("T") ? now.plus(Duration.parse(iso)) : now.plus(Period.parse(iso));
    return Date.from(due.toInstant());
  }

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
  public String getPanelYearlyCycle() { return panelYearlyCycle; }
  public void setPanelYearlyCycle(String value) { panelYearlyCycle = value; }
  public String getContributionReminderCycle() { return contributionReminderCycle; }
  public void setContributionReminderCycle(String value) { contributionReminderCycle = value; }
  /** How long before the Council session the panel's report is due. */
  public String getPanelSubmissionLead() { return panelSubmissionLead; }
  public void setPanelSubmissionLead(String value) { panelSubmissionLead = value; }
  /** How long before the report's due date contributions are due. */
  public String getPanelContributionLead() { return panelContributionLead; }
  public void setPanelContributionLead(String value) { panelContributionLead = value; }
  public void setActorResponseDeadline(String value) { actorResponseDeadline = value; }
  /** How long after execution starts, and after each review, the linked UPR recommendations are reviewed again. */
  public String getFollowUpReviewInterval() { return followUpReviewInterval; }
  public void setFollowUpReviewInterval(String value) { followUpReviewInterval = value; }
}
