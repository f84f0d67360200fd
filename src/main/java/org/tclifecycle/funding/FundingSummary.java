package org.tclifecycle.funding;

import org.tclifecycle.input.PlainTextInForms;

import java.util.Map;
import org.tclifecycle.input.AmountText;
import org.tclifecycle.project.Project;

/** The decision's recommendation in words, for the manager's form. */
final class FundingSummary {

  private FundingSummary() {}

  static String markdown(FundingEvaluations.Evaluation evaluation, Project project, String remaining) {
    StringBuilder text = new StringBuilder("**Recommendation: ").append(label(evaluation.allocation()));
    if (evaluation.recommendedAmount() > 0) {
      text.append(", up to ").append(AmountText.format(evaluation.recommendedAmount())).append(' ').append(project.getCurrency());
    }
    text.append("** (").append(evaluation.reason()).append("). Priority score ").append(evaluation.priorityScore())
        .append("; amount asked of the fund ").append(AmountText.format(evaluation.requestedAmount())).append(' ')
        .append(project.getCurrency()).append("; remaining in this year's envelope of the fund: ").append(remaining).append(".\n\n");
    for (FundingEvaluations.DecisionTrace decision : evaluation.decisions()) {
      text.append("*").append(decision.decisionName()).append(" (version ").append(decision.version()).append(")*: ");
      decision.matchedRules().forEach(rule -> text.append(rule.annotation()).append(' '));
      text.append("\n\n");
    }
    FundingEvaluations.DecisionTrace first = evaluation.decisions().get(evaluation.decisions().size() - 1);
    text.append("Inputs: ");
    for (Map.Entry<String, Object> input : first.inputs().entrySet()) {
      text.append(input.getKey()).append(": ").append(display(input.getKey(), input.getValue())).append("; ");
    }
    return text.append("\n\nDeciding otherwise is an override: say why in the justification; it is flagged in the reports.").toString();
  }

  /** The Board of Trustees' advice, shown above the criteria on the manager's form. */
  static String boardAdvice(BoardReferral referral) {
    StringBuilder text = new StringBuilder("**Board of Trustees: ").append(referral.getAdvice().label());
    if (referral.getAdvisedAmount() != null) {
      text.append(", ").append(String.format("%,.2f", referral.getAdvisedAmount()));
    }
    // what the secretariat typed is shown as typed, inside Markdown the product writes (input/PlainTextInForms)
    text.append("** (").append(PlainTextInForms.escape(referral.getSessionName())).append(", held on ").append(referral.getHeldOn())
        .append("; minutes ").append(PlainTextInForms.escape(referral.getMinutesReference())).append(").");
    if (referral.getConditions() != null) {
      text.append(" Conditions: ").append(PlainTextInForms.escape(referral.getConditions()));
    }
    return text.append(" Deciding against the Board's advice is an override: say why in the justification.\n\n").toString();
  }

  /** What the manager's amount starts from after the Board advised: the lower amount it named, else the amount asked. */
  static double advisedAmount(BoardReferral referral, FundingEvaluations.Evaluation evaluation) {
    return switch (referral.getAdvice()) {
      case APPROVE_LOWER_AMOUNT -> referral.getAdvisedAmount().doubleValue();
      case APPROVE, APPROVE_WITH_CONDITIONS -> evaluation.requestedAmount();
      case DECLINE -> 0;
    };
  }

  /** Yes or no for a condition, a percentage for a share, amounts with thousands separators. */
  static String display(String label, Object value) {
    if (value instanceof Boolean condition) {
      return condition ? "yes" : "no";
    }
    if (value instanceof Number number && label.startsWith("Share")) {
      return Math.round(number.doubleValue() * 1000) / 10.0 + " %";
    }
    if (value instanceof Number number && label.startsWith("Amount")) {
      return AmountText.format(number.doubleValue());
    }
    return String.valueOf(value);
  }

  static String label(String allocation) {
    return switch (allocation == null ? "" : allocation) {
      case "FULL" -> "full amount";
      case "PARTIAL" -> "partial amount";
      case "REFER_TO_BOARD" -> "refer to the Board of Trustees";
      case "NOT_ELIGIBLE" -> "not eligible";
      default -> "none";
    };
  }
}
