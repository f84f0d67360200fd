package org.tclifecycle.consultation;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tclifecycle.i18n.LanguageVariables;

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
    // shown on the forms that follow (resolve missing actors, decide an exception, plan again), in every language
    LanguageVariables.put(execution, ConsultationVariables.MISSING_ACTOR_TYPES, language -> ConsultationWords.actorTypes(missing, language));
    ConsultationStage stage = ConsultationVariables.stage(execution);
    LanguageVariables.put(execution, ConsultationWords.STAGE_NAME, language -> ConsultationWords.stage(stage, language));
  }
}
