package org.tclifecycle.execution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;
import org.tclifecycle.project.ProjectVariables;

/** A manager approves or refuses an amendment requested during execution, with a justification. */
@Component("decideAmendmentForm")
class DecideAmendmentForm extends FormTaskListener {

  /** Sent with the AmendmentRequested message and shown read-only on the form. */
  static final String DESCRIPTION = "amendmentDescription";
  static final String JUSTIFICATION = "amendmentJustification";

  record Decision(
      @NotBlank @Size(max = 4000) String amendmentDescription,
      @NotNull Amendment.Decision amendmentDecision,
      @NotBlank @Size(max = 4000) String amendmentJustification) {}

  private final AmendmentRepository amendments;
  private final InputValidator validator;

  DecideAmendmentForm(AmendmentRepository amendments, InputValidator validator) {
    this.amendments = amendments;
    this.validator = validator;
  }

  @Override
  public String formId() {
    return "decide-amendment";
  }

  @Override
  protected Set<String> fieldsForTheProcess() {
    return Set.of(ProjectVariables.AMENDMENT_DECISION);
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(DESCRIPTION, ProjectVariables.AMENDMENT_DECISION, JUSTIFICATION);
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    Decision decision = validator.validate(new Decision(
        values.text(DESCRIPTION),
        values.choice(ProjectVariables.AMENDMENT_DECISION, Amendment.Decision.class),
        values.text(JUSTIFICATION)), values);
    amendments.save(new Amendment(ProjectVariables.projectId(task), decision.amendmentDescription(),
        decision.amendmentDecision(), decision.amendmentJustification(), actor(task)));
    // local to this amendment's event subprocess, so concurrent amendments do not see each other's decision
    task.getExecution().setVariableLocal(ProjectVariables.AMENDMENT_DECISION, decision.amendmentDecision().name());
  }
}
