package org.tclifecycle.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.i18n.Messages;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;
import org.tclifecycle.project.FourEyesViolation;
import org.tclifecycle.project.JournalEntry;
import org.tclifecycle.project.ProjectService;
import org.tclifecycle.project.ProjectVariables;

/**
 * A manager approves or refuses an exception to the coverage rule, with a justification. Whoever asked for
 * the exception may neither claim nor decide it (four eyes), whatever groups they belong to.
 */
@Component("decideConsultationExceptionForm")
class DecideConsultationExceptionForm extends FormTaskListener {


  enum ExceptionDecision { APPROVE, REFUSE }

  record Decision(@NotNull ExceptionDecision exceptionDecision, @NotBlank @Size(max = 4000) String exceptionDecisionNote) {}

  private final InputValidator validator;
  private final ProjectService projects;

  DecideConsultationExceptionForm(InputValidator validator, ProjectService projects) {
    this.validator = validator;
    this.projects = projects;
  }

  @Override
  public String formId() {
    return "decide-consultation-exception";
  }

  @Override
  protected Set<String> fieldsForTheProcess() {
    return Set.of(ConsultationVariables.EXCEPTION_DECISION, ConsultationVariables.EXCEPTION_DECISION_NOTE);
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(ConsultationVariables.EXCEPTION_DECISION, ConsultationVariables.EXCEPTION_DECISION_NOTE);
  }

  @Override
  protected void assigned(DelegateTask task) {
    requireAnotherPerson(task, task.getAssignee());
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    requireAnotherPerson(task, actor(task));
    Decision decision = validator.validate(new Decision(values.choice(ConsultationVariables.EXCEPTION_DECISION, ExceptionDecision.class),
        values.text(ConsultationVariables.EXCEPTION_DECISION_NOTE)), values);
    task.setVariable(ConsultationVariables.EXCEPTION_DECIDED_BY, actor(task));
    // refusals too are kept: the project's journal records every decision on an exception
    projects.note(ProjectVariables.projectId(task), JournalEntry.Kind.CONSULTATION_EXCEPTION, decision.exceptionDecision() + " ("
        + ConsultationVariables.stage(task) + ", asked by " + task.getVariable(ConsultationVariables.EXCEPTION_REQUESTED_BY) + "): "
        + decision.exceptionDecisionNote(), actor(task));
  }

  private static void requireAnotherPerson(DelegateTask task, String userId) {
    Object requester = task.getVariable(ConsultationVariables.EXCEPTION_REQUESTED_BY);
    if (userId != null && userId.equals(requester)) {
      throw new FourEyesViolation(Messages.text("refusal.fourEyes.consultationException", userId, ProjectVariables.businessKey(task)));
    }
  }
}
