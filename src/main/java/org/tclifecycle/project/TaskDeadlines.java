package org.tclifecycle.project;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one place for due and follow-up dates of user tasks that the process itself knows no deadline for
 * ({@code tc.task-deadlines} in application.yaml): a default, and a period per task id where it differs.
 * Tasks whose model names a real deadline (consent expiry, contribution deadline, report submission, the
 * Board's session) keep that one.
 */
public class TaskDeadlines {

  private String defaultDue = "P14D";
  private Map<String, String> due = new LinkedHashMap<>();
  private Map<String, String> followUp = new LinkedHashMap<>();

  /** The due date of a task of this definition key created now. */
  public Date dueFor(String taskDefinitionKey) {
    return LifecycleTimers.fromNow(due.getOrDefault(taskDefinitionKey, defaultDue));
  }

  /** The follow-up date of a task of this definition key created now, where one is configured. */
  public Optional<Date> followUpFor(String taskDefinitionKey) {
    return Optional.ofNullable(followUp.get(taskDefinitionKey)).map(LifecycleTimers::fromNow);
  }

  public String getDefaultDue() { return defaultDue; }
  public void setDefaultDue(String value) { defaultDue = value; }
  public Map<String, String> getDue() { return due; }
  public void setDue(Map<String, String> value) { due = value; }
  public Map<String, String> getFollowUp() { return followUp; }
  public void setFollowUp(Map<String, String> value) { followUp = value; }
}
