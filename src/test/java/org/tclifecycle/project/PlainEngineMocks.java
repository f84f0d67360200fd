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

  /** Stands in for the messages that start and end the project's upr-follow-up instance; counts them. */
  public static final class FollowUpMessages {
    public int started;
    public int ended;

    public void start(Object execution) {
      started++;
    }

    public void end(Object execution) {
      ended++;
    }
  }

  /** The funding criteria the business rule task hands to the funding-allocation decision: an eligible project. */
  public static final class Criteria {
    public final java.util.Map<String, Object> values = new java.util.HashMap<>(java.util.Map.ofEntries(
        java.util.Map.entry("fund", "UPR_VOLUNTARY_FUND"), java.util.Map.entry("consentRecorded", true),
        java.util.Map.entry("supportedRecommendations", 1), java.util.Map.entry("leastDeveloped", false),
        java.util.Map.entry("smallIsland", false), java.util.Map.entry("landlocked", false),
        java.util.Map.entry("specificActionShare", 0.0), java.util.Map.entry("nhriInvolved", true),
        java.util.Map.entry("civilSocietyInvolved", true), java.util.Map.entry("genderFocus", false),
        java.util.Map.entry("rightsBalanced", true), java.util.Map.entry("coFundingShare", 0.0),
        java.util.Map.entry("requestedAmount", 100000.0)));

    public java.util.Map<String, Object> of(Number projectId) {
      return values;
    }
  }

  /** What the per-actor multi-instance of a consultation iterates over; each plan adds invitations here. */
  public static final class Invitations {
    public final List<Long> open = new ArrayList<>(List.of(1L, 2L));

    public List<Long> openIds(String consultationInstanceId) {
      return List.copyOf(open);
    }
  }

  /** The consultation steps check that a round was recorded; these tests exercise paths only. */
  public static final class RoundGuard {
    public void requireRound(Object execution) {}
  }

  /** The families of rights the project addresses, as the rights-balance decision reads them. */
  public static final class Rights {
    public boolean civilOrPolitical = true;
    public boolean economicSocialOrCultural = true;

    public boolean civilOrPolitical(Number projectId) {
      return civilOrPolitical;
    }

    public boolean economicSocialOrCultural(Number projectId) {
      return economicSocialOrCultural;
    }
  }

  /** The Board referrals' follow-up date: the day after the planned session, as the tests set it. */
  public static final class BoardReferrals {
    public java.util.Date followUpAt = java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(30)));

    public java.util.Date followUpAt(Number referralId) {
      return followUpAt;
    }
  }

  public final ProjectStages projectStages = mock(ProjectStages.class);
  public final Criteria criteria = new Criteria();
  public final BoardReferrals boardReferrals = new BoardReferrals();
  public final Rights rights = new Rights();
  public final Invitations invitations = new Invitations();
  /** What the coverage check finds: each evaluation takes the next value, then keeps the last. */
  public final java.util.Deque<Boolean> coverage = new java.util.ArrayDeque<>(List.of(true));
  public final JavaDelegate recordRound = mock(JavaDelegate.class);
  public final JavaDelegate recordNoResponse = mock(JavaDelegate.class);
  public final FollowUps followUps = new FollowUps();
  public final FollowUpMessages followUpMessages = new FollowUpMessages();

  private PlainEngineMocks() {}

  public static PlainEngineMocks register() {
    PlainEngineMocks mocks = new PlainEngineMocks();
    LifecycleTimers timers = new LifecycleTimers();
    Mocks.register("timers", timers);
    Mocks.register("projectStages", mocks.projectStages);
    Mocks.register("recommendationFollowUps", mocks.followUps);
    Mocks.register("recommendationFollowUp", mocks.followUpMessages);
    Mocks.register("registerRequest", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey(BUSINESS_KEY);
      execution.setVariable(ProjectVariables.PROJECT_ID, PROJECT_ID);
      execution.setVariable(ProjectVariables.BUSINESS_KEY, BUSINESS_KEY);
      execution.setVariable(ProjectVariables.COUNTRY_CODE, "KE");
    });
    Mocks.register("consultationInvitations", mocks.invitations);
    Mocks.register("rightsFamilies", mocks.rights);
    Mocks.register("fundingCriteria", mocks.criteria);
    Mocks.register("boardReferrals", mocks.boardReferrals);
    Mocks.register("consultationGuard", new RoundGuard());
    Mocks.register("checkConsultationCoverage", (JavaDelegate) execution -> execution.setVariable("coverageComplete",
        mocks.coverage.size() > 1 ? mocks.coverage.poll() : mocks.coverage.peek()));
    Mocks.register("recordConsultationRound", mocks.recordRound);
    Mocks.register("recordNoResponse", mocks.recordNoResponse);
    for (String delegate : List.of("askForMissingInformation", "requestStateConsent", "sendNotifications", "registerConsentMessage",
        "remindActor")) {
      Mocks.register(delegate, mock(JavaDelegate.class));
    }
    for (String listener : List.of("screenRequestForm", "recordConsentForm", "remindStateOfConsentForm", "assessNeedsForm",
        "planConsultationForm", "recordActorInputForm", "resolveMissingActorsForm", "decideConsultationExceptionForm", "designProjectForm", "justifyRightsFocusForm", "fourEyes", "decideFundingForm", "reviewExecutionForm",
        "scheduleBoardSessionForm", "recordBoardAdviceForm", "followUpBoardAdviceForm",
        "reportProgressForm", "recordExecutionEndForm", "decideAmendmentForm", "reviewHaltedProjectForm",
        "followUpRecommendationForm", "evaluateProjectForm", "closeProjectForm")) {
      Mocks.register(listener, mock(TaskListener.class));
    }
    return mocks;
  }
}
