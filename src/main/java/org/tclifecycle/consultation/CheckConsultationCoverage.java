package org.tclifecycle.consultation;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Compares the kinds of actors that gave input with those the published DMN table
 * {@code consultation-coverage} requires for this stage, project and State, and tells the gateway.
 */
@Component("checkConsultationCoverage")
class CheckConsultationCoverage implements JavaDelegate {

  private final ConsultationInvitations invitations;
  private final CoverageRequirements requirements;

  CheckConsultationCoverage(ConsultationInvitations invitations, CoverageRequirements requirements) {
    this.invitations = invitations;
    this.requirements = requirements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Set<ActorType> missing = EnumSet.noneOf(ActorType.class);
    missing.addAll(requirements.of(execution));
    invitations.responded(execution.getProcessInstanceId()).forEach(input -> missing.remove(input.getActor().getType()));
    execution.setVariable(ConsultationVariables.COVERAGE_COMPLETE, missing.isEmpty());
    execution.setVariable(ConsultationVariables.MISSING_ACTOR_TYPES,
        missing.stream().map(ActorType::label).collect(Collectors.joining(", ")));
  }
}
