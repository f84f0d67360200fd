package org.tclifecycle.project;

import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names of the {@code cooperation-project} process: its key, the messages it receives, and its variables (the
 * project id, what task names and forms show, and what gateways decide on). Everything else lives in the domain
 * records.
 */
public final class ProjectVariables {

  public static final String PROCESS_KEY = "cooperation-project";
  /** Processes that run only for a registered project, started by it (never by hand). */
  public static final Set<String> SUB_PROCESS_KEYS = Set.of("national-consultation", "upr-follow-up");

  public static final String REQUEST_SUBMITTED = "RequestSubmitted";
  public static final String REQUEST_COMPLETED = "RequestCompleted";
  public static final String CONSENT_GIVEN = "ConsentGiven";
  public static final String CONSENT_REFUSED = "ConsentRefused";
  public static final String CONSENT_WITHDRAWN = "ConsentWithdrawn";
  public static final String AMENDMENT_REQUESTED = "AmendmentRequested";

  public static final String PROJECT_ID = "projectId";
  public static final String BUSINESS_KEY = "businessKey";
  public static final String COUNTRY_CODE = "countryCode";
  public static final String INTAKE_CHANNEL = "intakeChannel";
  public static final String SCREENING_OUTCOME = "screeningOutcome";
  public static final String CONSENT_DECISION = "consentDecision";
  public static final String FUNDING_DECISION = "fundingDecision";
  public static final String AMENDMENT_DECISION = "amendmentDecision";
  public static final String RECOMMENDATION_ID = "recommendationId";
  /** Result of the {@code rights-balance} decision: BALANCED or which family of rights alone the project touches. */
  public static final String RIGHTS_BALANCE = "rightsBalance";
  /** The {@code allocation} the funding-allocation decision recommended; REFER_TO_BOARD sends the project to the Board of Trustees. */
  public static final String FUNDING_ALLOCATION = "fundingAllocation";
  /** The project's referral to the Board of Trustees in the current funding round (its session date drives the follow-up timer). */
  public static final String BOARD_REFERRAL_ID = "boardReferralId";

  private ProjectVariables() {}

  public static Long projectId(VariableScope scope) {
    Object value = scope.getVariable(PROJECT_ID);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException("Process variable " + PROJECT_ID + " is missing");
    }
    return number.longValue();
  }

  public static String businessKey(VariableScope scope) {
    return (String) scope.getVariable(BUSINESS_KEY);
  }

  public static String countryCode(VariableScope scope) {
    return (String) scope.getVariable(COUNTRY_CODE);
  }
}
