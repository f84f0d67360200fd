package org.tclifecycle.execution;

import org.tclifecycle.i18n.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.tclifecycle.design.IndicatorFields;
import org.tclifecycle.design.IndicatorMeasure;
import org.tclifecycle.design.ProjectIndicator;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InvalidInputException;

/**
 * The indicator groups of the report forms: each shows the design's indicator n ({@code indicator1Summary},
 * put on the task when it is created) and records its actual value ({@code indicator1Actual}) and a comment
 * ({@code indicator1ActualComment}). At the end of execution every indicator needs its final value (or, for
 * a qualitative one, its final comment).
 */
final class IndicatorActualFields {

  static final int COMMENT_MAX = 1000;

  record Actual(ProjectIndicator indicator, BigDecimal value, String comment) {}

  private IndicatorActualFields() {}

  static String summary(int n) { return "indicator" + n + "Summary"; }
  static String actual(int n) { return "indicator" + n + "Actual"; }
  static String comment(int n) { return "indicator" + n + "ActualComment"; }

  static Set<String> all() {
    Set<String> fields = new LinkedHashSet<>();
    for (int n = 1; n <= IndicatorFields.SLOTS; n++) {
      fields.add(actual(n));
      fields.add(comment(n));
    }
    return fields;
  }

  static void prefill(DelegateTask task, List<ProjectIndicator> indicators) {
    for (ProjectIndicator indicator : indicators) {
      task.setVariableLocal(summary(indicator.getNumber()), indicator.summary());
    }
  }

  static List<Actual> read(FormValues values, List<ProjectIndicator> indicators, boolean finalValues) {
    Map<String, String> errors = new TreeMap<>();
    List<Actual> actuals = new ArrayList<>();
    for (int n = 1; n <= IndicatorFields.SLOTS; n++) {
      int number = n;
      ProjectIndicator indicator = indicators.stream().filter(i -> i.getNumber() == number).findFirst().orElse(null);
      BigDecimal value = values.amount(actual(n));
      String comment = values.text(comment(n));
      if (indicator == null) {
        if (value != null || comment != null) {
          errors.put(value != null ? actual(n) : comment(n), Messages.text("input.execution.noSuchIndicator", n));
        }
        continue;
      }
      if (comment != null && comment.length() > COMMENT_MAX) {
        errors.put(comment(n), Messages.text("input.maxChars", COMMENT_MAX));
      }
      if (indicator.getMeasure().quantitative()) {
        if (value == null && finalValues) {
          errors.put(actual(n), Messages.text("input.execution.finalValue", n));
        }
        if (value != null && indicator.getMeasure() == IndicatorMeasure.PERCENTAGE && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
          errors.put(actual(n), Messages.text("input.percentage"));
        }
      } else {
        if (value != null) {
          errors.put(actual(n), Messages.text("input.execution.qualitativeActual"));
        }
        if (comment == null && finalValues) {
          errors.put(comment(n), Messages.text("input.execution.finalResult", n));
        }
      }
      if (value != null || comment != null) {
        actuals.add(new Actual(indicator, value, comment));
      }
    }
    errors.putAll(values.errors());
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return actuals;
  }
}
