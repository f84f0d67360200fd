package org.tclifecycle.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.tclifecycle.i18n.Messages;

/**
 * A project's indicator progress as CSV columns (baseline, target, latest reported value), added to the rows of the
 * State report and the good-practice library: a row is repeated once per indicator, and kept once with these
 * columns empty when the project has none. Codes stay codes, numbers and dates are written for programs.
 */
final class IndicatorColumns {

  private static final List<String> COLUMNS = List.of("indicator", "indicatorType", "indicatorMeasure", "baselineValue", "baselineYear",
      "baselineComment", "targetValue", "targetDate", "latestValue", "latestComment");

  private IndicatorColumns() {}

  /** The header cells in the language. */
  static List<String> header(Locale language) {
    return COLUMNS.stream().map(column -> Messages.text(language, "indicators.csv." + column)).toList();
  }

  /** The row, once per indicator with its columns appended; once with empty columns when there is none. */
  static List<List<String>> rows(List<String> row, List<ProjectView.Indicator> indicators) {
    if (indicators.isEmpty()) {
      return List.of(concat(row, Collections.nCopies(COLUMNS.size(), "")));
    }
    return indicators.stream().map(indicator -> concat(row, cells(indicator))).toList();
  }

  private static List<String> cells(ProjectView.Indicator i) {
    return List.of(i.number() + ". " + i.title(), i.type(), i.measure(), plain(i.baselineValue()), String.valueOf(i.baselineYear()),
        text(i.baselineComment()), plain(i.targetValue()), i.targetDate() == null ? "" : i.targetDate().toString(), plain(i.latestValue()),
        text(i.latestComment()));
  }

  private static List<String> concat(List<String> row, List<String> more) {
    List<String> all = new ArrayList<>(row);
    all.addAll(more);
    return all;
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
