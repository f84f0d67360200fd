package org.tclifecycle.consultation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;

/** Required kinds of actors gave no input: the officer invites more, or asks a manager for an exception. */
@Component("resolveMissingActorsForm")
class ResolveMissingActorsForm extends FormTaskListener {

  enum Resolution { INVITE_MORE, REQUEST_EXCEPTION }

  record Decision(@NotNull Resolution missingActorsResolution, @Size(max = 4000) String exceptionJustification) {
    @AssertTrue(message = "{input.consultation.exceptionJustification}")
    boolean isExceptionJustification() {
      return missingActorsResolution != Resolution.REQUEST_EXCEPTION || (exceptionJustification != null && !exceptionJustification.isBlank());
    }
  }

  private final InputValidator validator;

  ResolveMissingActorsForm(InputValidator validator) {
    this.validator = validator;
  }

  @Override
  public String formId() {
    return "resolve-missing-actors";
  }

  @Override
  protected Set<String> fieldsForTheProcess() {
    return Set.of(ConsultationVariables.MISSING_ACTORS_RESOLUTION, ConsultationVariables.EXCEPTION_JUSTIFICATION);
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(ConsultationVariables.MISSING_ACTORS_RESOLUTION, ConsultationVariables.EXCEPTION_JUSTIFICATION);
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    Decision decision = validator.validate(new Decision(
        values.choice(ConsultationVariables.MISSING_ACTORS_RESOLUTION, Resolution.class),
        values.text(ConsultationVariables.EXCEPTION_JUSTIFICATION)), values);
    task.setVariable(ConsultationVariables.EXCEPTION_REQUESTED_BY,
        decision.missingActorsResolution() == Resolution.REQUEST_EXCEPTION ? actor(task) : null);
  }
}
