package org.tclifecycle.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A project's budget as IATI wants it: consecutive periods of at most a year (IATI ruleset
 * {@code time_limit}) that together run from the planned start to the planned end, the total shared in
 * proportion to the days of each period, the last period taking the rounding so that they add up to the
 * total exactly.
 */
record IatiBudgetYears(LocalDate start, LocalDate end, BigDecimal value) {

  /** {@code plannedEnd} is the last day of the activity (inclusive). */
  static List<IatiBudgetYears> split(LocalDate plannedStart, LocalDate plannedEnd, BigDecimal total) {
    long days = ChronoUnit.DAYS.between(plannedStart, plannedEnd) + 1;
    List<IatiBudgetYears> years = new ArrayList<>();
    BigDecimal shared = BigDecimal.ZERO;
    LocalDate start = plannedStart;
    while (!start.isAfter(plannedEnd)) {
      LocalDate end = start.plusYears(1).minusDays(1);
      if (!end.isBefore(plannedEnd)) {
        years.add(new IatiBudgetYears(start, plannedEnd, total.subtract(shared)));
        break;
      }
      BigDecimal value = total.multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end) + 1))
          .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
      years.add(new IatiBudgetYears(start, end, value));
      shared = shared.add(value);
      start = end.plusDays(1);
    }
    return years;
  }
}
