package org.tclifecycle.funding;

import org.tclifecycle.i18n.LanguageVariables;
import org.tclifecycle.i18n.Messages;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
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
import org.tclifecycle.project.ProjectTallies;
import org.tclifecycle.project.ProjectVariables;

/**
 * A manager who did not design the project decides its funding against the published criteria: the form
 * shows what the {@code funding-allocation} decision recommended and why; approving commits the amount
 * against the fund's envelope for the year; deciding against the recommendation is an override, kept as
 * such with the written justification. Where the criteria referred the project to the Board of Trustees,
 * the form shows the Board's advice first, and deciding against that advice is the override.
 */
@Component("decideFundingForm")
class DecideFundingForm extends FormTaskListener {

  static final String JUSTIFICATION = "fundingJustification";
  static final String AMOUNT = "fundingAmount";
  static final String RECOMMENDATION = "fundingRecommendation";
  static final String OVERRIDE_CONFIRMED = "overrideConfirmed";
  /** Prefilled: whether the criteria recommend money, so the form can warn that a rejection is an override. */
  static final String RECOMMENDS_FUNDING = "criteriaRecommendFunding";
  /** Reasons for deciding against the published criteria must say something: at least this many characters. */
  static final int OVERRIDE_JUSTIFICATION_MIN = 100;

  record Decision(
      @NotNull FundingOutcome fundingDecision,
      @NotBlank @Size(max = 4000) String fundingJustification,
      @DecimalMin(value = "0.01", message = "{input.positive}") @DecimalMax("999999999999.99") @Digits(integer = 13, fraction = 2) BigDecimal fundingAmount) {}

  private final ProjectService projects;
  private final FundingDecisionRepository decisions;
  private final FundingEvaluations evaluations;
  private final FundEnvelopes envelopes;
  private final BoardReferralRepository referrals;
  private final InputValidator validator;
  private final ProjectTallies tallies;

  DecideFundingForm(ProjectService projects, FundingDecisionRepository decisions, FundingEvaluations evaluations,
      FundEnvelopes envelopes, BoardReferralRepository referrals, InputValidator validator, ProjectTallies tallies) {
    this.tallies = tallies;
    this.referrals = referrals;
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
  protected Set<String> fieldsForTheProcess() {
    return Set.of(ProjectVariables.FUNDING_DECISION);
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(ProjectVariables.FUNDING_DECISION, JUSTIFICATION, AMOUNT, OVERRIDE_CONFIRMED);
  }

  @Override
  protected void prefill(DelegateTask task) {
    Project project = projects.get(ProjectVariables.projectId(task));
    FundingEvaluations.Evaluation evaluation = evaluation(task);
    Optional<BigDecimal> remaining = envelopes.remaining(project.getPreferredFund(), Year.now().getValue(), project.getCurrency());
    Optional<BoardReferral> referral = referral(project.getId(), evaluation);
    // in every offered language: the reader's is served under the plain name (i18n/LanguageVariables)
    LanguageVariables.putOn(task, RECOMMENDATION, language -> referral.map(r -> FundingSummary.boardAdvice(r, language)).orElse("")
        + FundingSummary.markdown(evaluation, project, remaining, language));
    double amount = referral.map(r -> FundingSummary.advisedAmount(r, evaluation)).orElse(evaluation.recommendedAmount());
    if (amount > 0) {
      task.setVariableLocal(AMOUNT, AmountText.format(amount));
    }
    // the form warns of an override against what takes the decision's place: the Board's advice where there is one
    task.setVariableLocal(RECOMMENDS_FUNDING, referral(project.getId(), evaluation).map(r -> r.getAdvice().recommendsMoney())
        .orElse(evaluation.recommendedAmount() > 0));
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
    if (decision.fundingDecision() == FundingOutcome.APPROVE && decision.fundingAmount() == null) {
      throw new InvalidInputException(Map.of(AMOUNT, Messages.text("input.funding.amountRequired")));
    }
    Optional<BoardReferral> referral = referral(projectId, evaluation);
    if (referral.isPresent()) {
      requireOverrideReasons(referral.get().isContradictedBy(decision.fundingDecision(), decision.fundingAmount()),
          Messages.text("input.funding.against.board"), decision, values);
    } else {
      requireOverrideReasons(record.isOverridden() || above(decision, recommended), Messages.text("input.funding.against.criteria"), decision, values);
    }
    if (decision.fundingDecision() == FundingOutcome.APPROVE) {
      BigDecimal amount = decision.fundingAmount();
      if (amount.doubleValue() > evaluation.requestedAmount()) {
        throw new InvalidInputException(Map.of(AMOUNT, Messages.text("input.funding.amountAboveRequest", evaluation.requestedAmount())));
      }
      try {
        long envelope = envelopes.commit(projectId, project.getPreferredFund(), Year.now().getValue(), project.getCurrency(), amount, manager);
        record.committed(project.getPreferredFund(), amount, envelope);
      } catch (FundEnvelopes.Refused refused) {
        throw new InvalidInputException(Map.of(AMOUNT, refused.getMessage()));
      }
    }
    referral.ifPresent(r -> record.advisedBy(r.getId(), r.isContradictedBy(decision.fundingDecision(), decision.fundingAmount())));
    decisions.save(record);
    count(record, project);
    task.setVariable(ProjectVariables.FUNDING_DECISION, decision.fundingDecision().name());
  }

  /** The portfolio dashboard's counts of decisions by fund (the decision's, else the fund asked for), overrides among them. */
  private void count(FundingDecision record, Project project) {
    String fund = (record.getFund() != null ? record.getFund() : project.getPreferredFund()).name();
    tallies.add(project.getId(), ProjectTallies.FUNDING_DECISIONS, fund, 1);
    if (record.isOverridden()) {
      tallies.add(project.getId(), ProjectTallies.FUNDING_OVERRIDDEN, fund, 1);
    }
    if (record.isAgainstBoardAdvice()) {
      tallies.add(project.getId(), ProjectTallies.FUNDING_AGAINST_ADVICE, fund, 1);
    }
  }

  private static boolean above(Decision decision, BigDecimal recommended) {
    return decision.fundingDecision() == FundingOutcome.APPROVE && decision.fundingAmount() != null
        && decision.fundingAmount().compareTo(recommended) > 0;
  }

  /**
   * Deciding against the published criteria (rejecting what they fund, approving what they do not, or more
   * than they recommend) needs reasons of real length and the manager's explicit confirmation. Where the
   * criteria referred the project to the Board of Trustees, the Board's advice takes their place: following
   * it is no override, whatever the criteria's own figure was.
   */
  private static void requireOverrideReasons(boolean overriding, String against, Decision decision, FormValues values) {
    if (!overriding) {
      return;
    }
    Map<String, String> errors = new java.util.TreeMap<>();
    if (decision.fundingJustification().length() < OVERRIDE_JUSTIFICATION_MIN) {
      errors.put(JUSTIFICATION, Messages.text("input.funding.overrideReasons", against,
          OVERRIDE_JUSTIFICATION_MIN, decision.fundingJustification().length()));
    }
    if (!values.checked(OVERRIDE_CONFIRMED)) {
      errors.put(OVERRIDE_CONFIRMED, Messages.text("input.funding.overrideConfirm", against));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private FundingEvaluations.Evaluation evaluation(DelegateTask task) {
    return evaluations.required(task.getProcessInstanceId());
  }

  /** The Board of Trustees' referral of this funding round, if the criteria referred the project to it. */
  private Optional<BoardReferral> referral(Long projectId, FundingEvaluations.Evaluation evaluation) {
    return referrals.findFirstByProjectIdAndRecordedAtAfterOrderByIdDesc(projectId, evaluation.decisions().get(0).evaluatedAt())
        .filter(referral -> referral.getAdvice() != null);
  }
}
