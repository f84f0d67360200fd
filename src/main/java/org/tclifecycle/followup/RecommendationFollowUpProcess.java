package org.tclifecycle.followup;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.tclifecycle.project.ProjectVariables;

/**
 * Starts and ends the project's {@code upr-follow-up} instance from {@code cooperation-project}'s message
 * throw events, correlated by the project's business key.
 */
@Component("recommendationFollowUp")
public class RecommendationFollowUpProcess {

  public static final String PROCESS = "upr-follow-up";
  static final String EXECUTION_STARTED = "ProjectExecutionStarted";
  static final String EXECUTION_ENDED = "ProjectExecutionEnded";

  private final RuntimeService runtime;

  RecommendationFollowUpProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  public void start(DelegateExecution execution) {
    runtime.createMessageCorrelation(EXECUTION_STARTED)
        .processInstanceBusinessKey(execution.getProcessBusinessKey())
        .setVariables(Map.of(
            ProjectVariables.PROJECT_ID, ProjectVariables.projectId(execution),
            ProjectVariables.BUSINESS_KEY, ProjectVariables.businessKey(execution),
            ProjectVariables.COUNTRY_CODE, ProjectVariables.countryCode(execution)))
        .correlateStartMessage();
  }

  /** Ends periodic reviews; none running (a project from before this process existed) is fine. */
  public void end(DelegateExecution execution) {
    runtime.createMessageCorrelation(EXECUTION_ENDED)
        .processInstanceBusinessKey(execution.getProcessBusinessKey())
        .correlateAllWithResult();
  }
}
