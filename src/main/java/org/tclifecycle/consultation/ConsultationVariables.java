package org.tclifecycle.consultation;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Names of the {@code national-consultation} process: its key and variables; it also receives the project variables. */
public final class ConsultationVariables {

  public static final String PROCESS_KEY = "national-consultation";

  public static final String CONSULTATION_STAGE = "consultationStage";
  /** The activity instance of the calling {@code cooperation-project} step, so that step can find its round. */
  public static final String CALLING_ACTIVITY_INSTANCE = "callingActivityInstanceId";
  /** Element variable of the per-actor multi-instance. */
  public static final String INVITATION_ID = "invitationId";
  public static final String COVERAGE_COMPLETE = "coverageComplete";
  public static final String MISSING_ACTOR_TYPES = "missingActorTypes";
  public static final String MISSING_ACTORS_RESOLUTION = "missingActorsResolution";
  public static final String EXCEPTION_JUSTIFICATION = "exceptionJustification";
  public static final String EXCEPTION_REQUESTED_BY = "exceptionRequestedBy";
  public static final String EXCEPTION_DECISION = "exceptionDecision";
  public static final String EXCEPTION_DECIDED_BY = "exceptionDecidedBy";
  public static final String EXCEPTION_DECISION_NOTE = "exceptionDecisionNote";

  private ConsultationVariables() {}

  public static ConsultationStage stage(VariableScope scope) {
    return ConsultationStage.valueOf((String) scope.getVariable(CONSULTATION_STAGE));
  }

  public static Long invitationId(VariableScope scope) {
    return ((Number) scope.getVariable(INVITATION_ID)).longValue();
  }
}
