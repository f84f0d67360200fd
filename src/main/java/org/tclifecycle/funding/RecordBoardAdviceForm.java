package org.tclifecycle.funding;

import org.tclifecycle.i18n.Messages;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;
import org.tclifecycle.input.InvalidInputException;
import org.tclifecycle.input.NoMarkup;
import org.tclifecycle.project.ProjectVariables;

/**
 * The Board's secretariat records the Board's advice on a referred project: when the session was held, the
 * advice (approve, approve a lower amount, approve with conditions, decline) and the minutes' reference.
 */
@Component("recordBoardAdviceForm")
class RecordBoardAdviceForm extends FormTaskListener {

  static final String HELD_ON = "boardSessionHeldOn";
  static final String ADVICE = "boardAdvice";
  static final String ADVISED_AMOUNT = "boardAdvisedAmount";
  static final String CONDITIONS = "boardConditions";
  static final String MINUTES = "boardMinutesReference";
  static final String SUMMARY = "boardReferralSummary";

  record Advice(@NotNull LocalDate boardSessionHeldOn, @NotNull BoardAdvice boardAdvice,
      @DecimalMin(value = "0.01", message = "{input.positive}") @DecimalMax("999999999999.99") @Digits(integer = 13, fraction = 2) BigDecimal boardAdvisedAmount,
      @Size(max = 4000) @NoMarkup String boardConditions,
      @NotBlank @Size(max = 200) @NoMarkup String boardMinutesReference) {}

  private final BoardReferralRepository referrals;
  private final FundingEvaluations evaluations;
  private final InputValidator validator;

  RecordBoardAdviceForm(BoardReferralRepository referrals, FundingEvaluations evaluations, InputValidator validator) {
    this.referrals = referrals;
    this.evaluations = evaluations;
    this.validator = validator;
  }

  @Override
  public String formId() {
    return "record-board-advice";
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(HELD_ON, ADVICE, ADVISED_AMOUNT, CONDITIONS, MINUTES);
  }

  @Override
  protected void prefill(DelegateTask task) {
    BoardReferral referral = referral(task);
    FundingEvaluations.Evaluation evaluation = evaluation(task);
    task.setVariableLocal(SUMMARY, "Referred to the Board of Trustees: " + evaluation.reason() + ". Amount asked of the fund: "
        + String.format("%,.2f", evaluation.requestedAmount()) + "; priority score " + evaluation.priorityScore()
        + ". Session: " + referral.getSessionName() + ", planned for " + referral.getPlannedOn() + ".");
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    Advice advice = validator.validate(new Advice(values.date(HELD_ON), values.choice(ADVICE, BoardAdvice.class),
        values.amount(ADVISED_AMOUNT), values.text(CONDITIONS), values.text(MINUTES)), values);
    if (advice.boardSessionHeldOn().isAfter(LocalDate.now())) {
      throw InvalidInputException.of(HELD_ON, Messages.text("input.notInFuture"));
    }
    BigDecimal amount = null;
    if (advice.boardAdvice() == BoardAdvice.APPROVE_LOWER_AMOUNT) {
      amount = advice.boardAdvisedAmount();
      if (amount == null) {
        throw InvalidInputException.of(ADVISED_AMOUNT, Messages.text("input.funding.advisedAmountRequired"));
      }
      double asked = evaluation(task).requestedAmount();
      if (amount.doubleValue() >= asked) {
        throw InvalidInputException.of(ADVISED_AMOUNT, Messages.text("input.funding.advisedAmountNotLower", asked));
      }
    }
    String conditions = advice.boardAdvice() == BoardAdvice.APPROVE_WITH_CONDITIONS ? advice.boardConditions() : null;
    if (advice.boardAdvice() == BoardAdvice.APPROVE_WITH_CONDITIONS && conditions == null) {
      throw InvalidInputException.of(CONDITIONS, Messages.text("input.funding.conditionsRequired"));
    }
    BoardReferral referral = referral(task);
    referral.advised(advice.boardSessionHeldOn(), advice.boardAdvice(), amount, conditions, advice.boardMinutesReference(), actor(task));
    referrals.save(referral);
  }

  private BoardReferral referral(DelegateTask task) {
    Number id = (Number) task.getVariable(ProjectVariables.BOARD_REFERRAL_ID);
    return referrals.findById(id.longValue()).orElseThrow(() -> new IllegalStateException("Board referral " + id + " not found"));
  }

  private FundingEvaluations.Evaluation evaluation(DelegateTask task) {
    return evaluations.required(task.getProcessInstanceId());
  }
}
