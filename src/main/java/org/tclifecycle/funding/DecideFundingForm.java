package org.tclifecycle.funding;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.AmountText;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;
import org.tclifecycle.input.InvalidInputException;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectService;
import org.tclifecycle.project.ProjectVariables;

/**
 * A manager who did not design the project decides its funding against the published criteria: the form
 * shows what the {@code funding-allocation} decision recommended and why; approving commits the amount
 * against the fund's envelope for the year; deciding against the recommendation is an override, kept as
 * such with the written justification.
 */
@Component("decideFundingForm")
class DecideFundingForm extends FormTaskListener {

  static final String JUSTIFICATION = "fundingJustification";
  static final String AMOUNT = "fundingAmount";
  static final String RECOMMENDATION = "fundingRecommendation";

  record Decision(
      @NotNull FundingOutcome fundingDecision,
      @NotBlank @Size(max = 4000) String fundingJustification,
      @DecimalMin(value = "0.01", message = "must be positive") @DecimalMax("999999999999.99") @Digits(integer = 13, fraction = 2) BigDecimal fundingAmount) {}

  private final ProjectService projects;
  private final FundingDecisionRepository decisions;
  private final FundingEvaluations evaluations;
  private final FundEnvelopes envelopes;
  private final InputValidator validator;

  DecideFundingForm(ProjectService projects, FundingDecisionRepository decisions, FundingEvaluations evaluations,
      FundEnvelopes envelopes, InputValidator validator) {
    this.projects = projects;
    this.decisions = decisions;
    this.evaluations = evaluations;
    this.envelopes = envelopes;
    this.validator = validator;
  }

  @Override
  public String formId() {
    return "decide-funding";
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(ProjectVariables.FUNDING_DECISION, JUSTIFICATION, AMOUNT);
  }

  @Override
  protected void prefill(DelegateTask task) {
    Project project = projects.get(ProjectVariables.projectId(task));
    FundingEvaluations.Evaluation evaluation = evaluation(task);
    String remaining = envelopes.remaining(project.getPreferredFund(), Year.now().getValue(), project.getCurrency())
        .map(amount -> AmountText.format(amount.doubleValue()) + " " + project.getCurrency()).orElse("no envelope");
    task.setVariableLocal(RECOMMENDATION, FundingSummary.markdown(evaluation, project, remaining));
    if (evaluation.recommendedAmount() > 0) {
      task.setVariableLocal(AMOUNT, AmountText.format(evaluation.recommendedAmount()));
    }
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    Long projectId = ProjectVariables.projectId(task);
    String manager = actor(task);
    projects.requireNotDesigner(projectId, manager);
    Decision decision = validator.validate(new Decision(
        values.choice(ProjectVariables.FUNDING_DECISION, FundingOutcome.class),
        values.text(JUSTIFICATION),
        values.amount(AMOUNT)), values);
    Project project = projects.get(projectId);
    FundingEvaluations.Evaluation evaluation = evaluation(task);
    BigDecimal recommended = BigDecimal.valueOf(evaluation.recommendedAmount());
    FundingDecision record = new FundingDecision(projectId, decision.fundingDecision(), decision.fundingJustification(), manager)
        .against(evaluation.allocation(), recommended);
    if (decision.fundingDecision() == FundingOutcome.APPROVE) {
      BigDecimal amount = decision.fundingAmount();
      if (amount == null) {
        throw new InvalidInputException(Map.of(AMOUNT, "is required to approve funding"));
      }
      if (amount.doubleValue() > evaluation.requestedAmount()) {
        throw new InvalidInputException(Map.of(AMOUNT, "must not exceed the amount asked of the fund, " + evaluation.requestedAmount()));
      }
      try {
        long envelope = envelopes.commit(projectId, project.getPreferredFund(), Year.now().getValue(), project.getCurrency(), amount, manager);
        record.committed(project.getPreferredFund(), amount, envelope);
      } catch (FundEnvelopes.Refused refused) {
        throw new InvalidInputException(Map.of(AMOUNT, refused.getMessage()));
      }
    }
    decisions.save(record);
    task.setVariable(ProjectVariables.FUNDING_DECISION, decision.fundingDecision().name());
  }

  private FundingEvaluations.Evaluation evaluation(DelegateTask task) {
    return evaluations.latest(task.getProcessInstanceId()).orElseThrow(() ->
        new IllegalStateException("The funding criteria were not evaluated for process instance " + task.getProcessInstanceId()));
  }
}
