package org.tclifecycle.consultation;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectService;
import org.tclifecycle.project.ProjectVariables;

/**
 * The actor types the published DMN table {@code consultation-coverage} requires for a consultation, given its
 * stage, the project's thematic area and whether the State has an NHRI: checked after a round, shown before it.
 */
@Component
class CoverageRequirements {

  static final String DECISION = "consultation-coverage";

  private final ConsultationInvitations invitations;
  private final ProjectService projects;

  CoverageRequirements(ConsultationInvitations invitations, ProjectService projects) {
    this.invitations = invitations;
    this.projects = projects;
  }

  <S extends VariableScope & ProcessEngineServicesAware> Set<ActorType> of(S consultation) {
    Project project = projects.get(ProjectVariables.projectId(consultation));
    Set<ActorType> required = EnumSet.noneOf(ActorType.class);
    consultation.getProcessEngineServices().getDecisionService()
        .evaluateDecisionByKey(DECISION)
        .variables(Variables.createVariables()
            .putValue("stage", ConsultationVariables.stage(consultation).name())
            .putValue("thematicArea", project.getThematicArea().name())
            .putValue("stateHasNhri", invitations.registry().hasNhri(project.getCountryCode())))
        .evaluate()
        .collectEntries("requiredActorType").forEach(type -> required.add(ActorType.valueOf((String) type)));
    return required;
  }
}
