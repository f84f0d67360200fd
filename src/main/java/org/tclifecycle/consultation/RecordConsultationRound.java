package org.tclifecycle.consultation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tclifecycle.project.ProjectTallies;
import org.tclifecycle.project.ProjectVariables;

/** Keeps the result of a consultation: covered, or an exception approved by a manager, with who and why. */
@Component("recordConsultationRound")
class RecordConsultationRound implements JavaDelegate {

  private final ConsultationInvitations invitations;
  private final ConsultationRoundRepository rounds;
  private final ProjectTallies tallies;

  RecordConsultationRound(ConsultationInvitations invitations, ConsultationRoundRepository rounds, ProjectTallies tallies) {
    this.invitations = invitations;
    this.rounds = rounds;
    this.tallies = tallies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean covered = Boolean.TRUE.equals(execution.getVariable(ConsultationVariables.COVERAGE_COMPLETE));
    ConsultationRound round = new ConsultationRound(ProjectVariables.projectId(execution), ConsultationVariables.stage(execution),
        execution.getProcessInstanceId(), (String) execution.getVariable(ConsultationVariables.CALLING_ACTIVITY_INSTANCE),
        invitations.responded(execution.getProcessInstanceId()),
        covered ? ConsultationOutcome.COVERED : ConsultationOutcome.EXCEPTION_APPROVED);
    if (!covered) {
      round.exception((String) execution.getVariable(ConsultationVariables.EXCEPTION_JUSTIFICATION),
          (String) execution.getVariable(ConsultationVariables.EXCEPTION_REQUESTED_BY),
          (String) execution.getVariable(ConsultationVariables.EXCEPTION_DECIDED_BY),
          (String) execution.getVariable(ConsultationVariables.EXCEPTION_DECISION_NOTE));
    }
    rounds.save(round);
    count(round);
  }

  /** The portfolio dashboard's counts of rounds, of those that heard both the NHRI and civil society, of exceptions. */
  private void count(ConsultationRound round) {
    long project = round.getProjectId();
    tallies.add(project, ProjectTallies.CONSULTATION_ROUNDS, ProjectTallies.ROUNDS, 1);
    if (round.getActorTypes().containsAll(java.util.EnumSet.of(ActorType.NHRI, ActorType.CIVIL_SOCIETY))) {
      tallies.add(project, ProjectTallies.CONSULTATION_ROUNDS, ProjectTallies.ROUNDS_HEARING_NHRI_AND_CIVIL_SOCIETY, 1);
    }
    if (round.getOutcome() == ConsultationOutcome.EXCEPTION_APPROVED) {
      tallies.add(project, ProjectTallies.CONSULTATION_ROUNDS, ProjectTallies.ROUNDS_WITH_EXCEPTION, 1);
    }
  }
}
