package org.tclifecycle.funding;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tclifecycle.i18n.DecisionTexts;
import org.tclifecycle.i18n.Labels;
import org.tclifecycle.i18n.Languages;
import org.tclifecycle.i18n.Messages;
import org.tclifecycle.input.PlainTextInForms;
import org.tclifecycle.project.Project;

/**
 * The decision's recommendation in words, for the manager's form, in a language: the product's words from
 * the messages bundles, the decision tables' names, inputs and rule annotations from {@link DecisionTexts}.
 */
final class FundingSummary {

  private FundingSummary() {}

  /**
   * @param remaining what is left in this year's envelope of the project's fund, if it has one
   */
  static String markdown(FundingEvaluations.Evaluation evaluation, Project project, Optional<BigDecimal> remaining, Locale language) {
    String currency = project.getCurrency();
    String upTo = evaluation.recommendedAmount() > 0
        ? Messages.text(language, "funding.summary.upTo", amount(evaluation.recommendedAmount(), currency, language)) : "";
    StringBuilder text = new StringBuilder(Messages.text(language, "funding.summary.head",
        label(evaluation.allocation(), language), upTo, reason(evaluation, language), evaluation.priorityScore(),
        amount(evaluation.requestedAmount(), currency, language),
        remaining.map(left -> amount(left.doubleValue(), currency, language)).orElse(Messages.text(language, "funding.summary.noEnvelope"))))
        .append("\n\n");
    for (FundingEvaluations.DecisionTrace decision : evaluation.decisions()) {
      text.append(Messages.text(language, "funding.summary.decision",
          DecisionTexts.text(language, decision.decisionKey(), decision.decisionName()), decision.version())).append(' ');
      decision.matchedRules().forEach(rule -> text.append(annotation(decision, rule, language)).append(' '));
      text.append("\n\n");
    }
    FundingEvaluations.DecisionTrace first = evaluation.decisions().get(evaluation.decisions().size() - 1);
    text.append(Messages.text(language, "funding.summary.inputs")).append(' ');
    for (Map.Entry<String, Object> input : first.inputs().entrySet()) {
      String name = DecisionTexts.text(language, first.decisionKey() + "." + first.inputIds().get(input.getKey()), input.getKey());
      text.append(Messages.text(language, "funding.summary.input", name, display(input.getKey(), input.getValue(), language))).append(' ');
    }
    return text.append("\n\n").append(Messages.text(language, "funding.summary.override")).toString();
  }

  /** The Board of Trustees' advice, shown above the criteria on the manager's form. */
  static String boardAdvice(BoardReferral referral, Locale language) {
    String amount = referral.getAdvisedAmount() == null ? ""
        : ", " + Messages.text(language, "amount.number", referral.getAdvisedAmount());
    // what the secretariat typed is shown as typed, inside Markdown the product writes (input/PlainTextInForms)
    StringBuilder text = new StringBuilder(Messages.text(language, "funding.board.head", Labels.of(referral.getAdvice(), language), amount,
        PlainTextInForms.escape(referral.getSessionName()), String.valueOf(referral.getHeldOn()),
        PlainTextInForms.escape(referral.getMinutesReference())));
    if (referral.getConditions() != null) {
      text.append(' ').append(Messages.text(language, "funding.board.conditions", PlainTextInForms.escape(referral.getConditions())));
    }
    return text.append(' ').append(Messages.text(language, "funding.board.override")).append("\n\n").toString();
  }

  /** What the manager's amount starts from after the Board advised: the lower amount it named, else the amount asked. */
  static double advisedAmount(BoardReferral referral, FundingEvaluations.Evaluation evaluation) {
    return switch (referral.getAdvice()) {
      case APPROVE_LOWER_AMOUNT -> referral.getAdvisedAmount().doubleValue();
      case APPROVE, APPROVE_WITH_CONDITIONS -> evaluation.requestedAmount();
      case DECLINE -> 0;
    };
  }

  /**
   * Why the criteria recommend what they do: in English the table's own reason (an output of the top
   * decision); in another language the annotation of the top decision's rule, which says the same.
   */
  private static String reason(FundingEvaluations.Evaluation evaluation, Locale language) {
    if (language.getLanguage().equals(Languages.DEFAULT.getLanguage())) {
      return evaluation.reason();
    }
    FundingEvaluations.DecisionTrace top = evaluation.decisions().get(0);
    return top.matchedRules().stream().map(rule -> annotation(top, rule, language).replaceFirst("\\.$", ""))
        .collect(Collectors.joining("; "));
  }

  private static String annotation(FundingEvaluations.DecisionTrace decision, FundingEvaluations.MatchedRule rule, Locale language) {
    return DecisionTexts.text(language, decision.decisionKey() + "." + rule.ruleId(), rule.annotation());
  }

  /** Yes or no for a condition, a percentage for a share, amounts with thousands separators, as the language writes them. */
  static String display(String label, Object value, Locale language) {
    if (value instanceof Boolean condition) {
      return Messages.text(language, condition ? "word.yes" : "word.no");
    }
    if (value instanceof Number number && label.startsWith("Share")) {
      return Messages.text(language, "funding.summary.share", Math.round(number.doubleValue() * 1000) / 10.0);
    }
    if (value instanceof Number number && label.startsWith("Amount")) {
      return Messages.text(language, "amount.number", number.doubleValue());
    }
    return String.valueOf(value);
  }

  static String label(String allocation, Locale language) {
    return switch (allocation == null ? "" : allocation) {
      case "FULL", "PARTIAL", "REFER_TO_BOARD", "NOT_ELIGIBLE" -> Messages.text(language, "funding.allocation." + allocation);
      default -> Messages.text(language, "funding.allocation.NONE");
    };
  }

  private static String amount(double amount, String currency, Locale language) {
    return Messages.text(language, "amount", amount, currency);
  }
}
