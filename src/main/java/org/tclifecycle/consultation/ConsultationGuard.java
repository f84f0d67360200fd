package org.tclifecycle.consultation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.tclifecycle.project.ProjectVariables;

/**
 * End listener of every consultation step of {@code cooperation-project}: the step may end only with a
 * consultation round recorded for it, covered or by an approved exception (resolution 21/21 §8).
 */
@Component("consultationGuard")
public class ConsultationGuard {

  private final ConsultationRoundRepository rounds;

  ConsultationGuard(ConsultationRoundRepository rounds) {
    this.rounds = rounds;
  }

  public void requireRound(DelegateExecution execution) {
    if (!rounds.existsByCallingActivityInstanceId(execution.getActivityInstanceId())) {
      throw new IllegalStateException("Project " + ProjectVariables.businessKey(execution) + " cannot leave "
          + execution.getCurrentActivityName() + " without a covered consultation or an approved exception");
    }
  }
}
