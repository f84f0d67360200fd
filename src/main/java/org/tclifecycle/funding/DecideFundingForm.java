package org.tclifecycle.funding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;
import org.tclifecycle.project.ProjectService;
import org.tclifecycle.project.ProjectVariables;

/** A manager who did not design the project approves, sends back or rejects its funding, with reasons. */
@Component("decideFundingForm")
class DecideFundingForm extends FormTaskListener {

  static final String JUSTIFICATION = "fundingJustification";

  record Decision(@NotNull FundingOutcome fundingDecision, @NotBlank @Size(max = 4000) String fundingJustification) {}

  private final ProjectService projects;
  private final FundingDecisionRepository decisions;
  private final InputValidator validator;

  DecideFundingForm(ProjectService projects, FundingDecisionRepository decisions, InputValidator validator) {
    this.projects = projects;
    this.decisions = decisions;
    this.validator = validator;
  }

  @Override
  public String formId() {
    return "decide-funding";
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(ProjectVariables.FUNDING_DECISION, JUSTIFICATION);
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    Long projectId = ProjectVariables.projectId(task);
    String manager = actor(task);
    projects.requireNotDesigner(projectId, manager);
    Decision decision = validator.validate(new Decision(
        values.choice(ProjectVariables.FUNDING_DECISION, FundingOutcome.class),
        values.text(JUSTIFICATION)), values);
    decisions.save(new FundingDecision(projectId, decision.fundingDecision(), decision.fundingJustification(), manager));
    task.setVariable(ProjectVariables.FUNDING_DECISION, decision.fundingDecision().name());
  }
}
