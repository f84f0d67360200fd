package org.tclifecycle.consultation;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Names of the {@code national-consultation} process variables; it also receives the project variables. */
public final class ConsultationVariables {

  public static final String CONSULTATION_STAGE = "consultationStage";

  private ConsultationVariables() {}

  public static ConsultationStage stage(VariableScope scope) {
    return ConsultationStage.valueOf((String) scope.getVariable(CONSULTATION_STAGE));
  }
}
