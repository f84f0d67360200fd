package org.tclifecycle.project;

import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stands in for the Spring beans the models call, so the plain-engine tests exercise the process paths
 * alone. The domain behaviour behind these beans is tested against the real beans in the Spring tests.
 */
public final class PlainEngineMocks {

  public static final long PROJECT_ID = 42L;
  public static final String BUSINESS_KEY = "TC-2026-0042";

  /** What the follow-up multi-instance iterates over; tests set the linked recommendations. */
  public static final class FollowUps {
    public final List<String> ids = new ArrayList<>();

    public List<String> recommendationIds(Number projectId) {
      return ids;
    }
  }

  public final ProjectStages projectStages = mock(ProjectStages.class);
  public final FollowUps followUps = new FollowUps();

  private PlainEngineMocks() {}

  public static PlainEngineMocks register() {
    PlainEngineMocks mocks = new PlainEngineMocks();
    LifecycleTimers timers = new LifecycleTimers();
    Mocks.register("timers", timers);
    Mocks.register("projectStages", mocks.projectStages);
    Mocks.register("recommendationFollowUps", mocks.followUps);
    Mocks.register("registerRequest", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey(BUSINESS_KEY);
      execution.setVariable(ProjectVariables.PROJECT_ID, PROJECT_ID);
      execution.setVariable(ProjectVariables.BUSINESS_KEY, BUSINESS_KEY);
      execution.setVariable(ProjectVariables.COUNTRY_CODE, "KE");
    });
    for (String delegate : List.of("askForMissingInformation", "requestStateConsent", "sendNotifications", "registerConsentMessage")) {
      Mocks.register(delegate, mock(JavaDelegate.class));
    }
    for (String listener : List.of("screenRequestForm", "recordConsentForm", "remindStateOfConsentForm", "assessNeedsForm",
        "recordConsultationForm", "designProjectForm", "fourEyes", "decideFundingForm", "reviewExecutionForm",
        "reportProgressForm", "recordExecutionEndForm", "decideAmendmentForm", "reviewHaltedProjectForm",
        "followUpRecommendationForm", "evaluateProjectForm", "closeProjectForm")) {
      Mocks.register(listener, mock(TaskListener.class));
    }
    return mocks;
  }
}
