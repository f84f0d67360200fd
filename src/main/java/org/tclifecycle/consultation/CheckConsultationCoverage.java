package org.tclifecycle.consultation;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectService;
import org.tclifecycle.project.ProjectVariables;

/**
 * Compares the kinds of actors that gave input with those the published DMN table
 * {@code consultation-coverage} requires for this stage, project and State, and tells the gateway.
 */
@Component("checkConsultationCoverage")
class CheckConsultationCoverage implements JavaDelegate {

  static final String DECISION = "consultation-coverage";

  private final ConsultationInvitations invitations;
  private final ProjectService projects;

  CheckConsultationCoverage(ConsultationInvitations invitations, ProjectService projects) {
    this.invitations = invitations;
    this.projects = projects;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Project project = projects.get(ProjectVariables.projectId(execution));
    DmnDecisionResult required = execution.getProcessEngineServices().getDecisionService()
        .evaluateDecisionByKey(DECISION)
        .variables(Variables.createVariables()
            .putValue("stage", ConsultationVariables.stage(execution).name())
            .putValue("thematicArea", project.getThematicArea().name())
            .putValue("stateHasNhri", invitations.registry().hasNhri(project.getCountryCode())))
        .evaluate();
    Set<ActorType> missing = EnumSet.noneOf(ActorType.class);
    required.collectEntries("requiredActorType").forEach(type -> missing.add(ActorType.valueOf((String) type)));
    invitations.responded(execution.getProcessInstanceId()).forEach(input -> missing.remove(input.getActor().getType()));
    execution.setVariable(ConsultationVariables.COVERAGE_COMPLETE, missing.isEmpty());
    execution.setVariable(ConsultationVariables.MISSING_ACTOR_TYPES,
        missing.stream().map(ActorType::label).collect(Collectors.joining(", ")));
  }
}
