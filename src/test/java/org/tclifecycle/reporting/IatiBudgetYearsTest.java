package org.tclifecycle.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IATI budgets: periods of at most a year, back to back, adding up to the whole budget. */
class IatiBudgetYearsTest {

  @Test
  void anEighteenMonthProjectGetsAFullYearAndAHalfYearSharingTheWholeBudget() {
    List<IatiBudgetYears> years = IatiBudgetYears.split(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 8, 31), new BigDecimal("110000.50"));
    assertThat(years).extracting(IatiBudgetYears::start).containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1));
    assertThat(years).extracting(IatiBudgetYears::end).containsExactly(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 8, 31));
    assertThat(years.get(0).value()).as("365 of 549 days").isEqualByComparingTo("73133.30");
    assertThat(years.stream().map(IatiBudgetYears::value).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("110000.50");
  }

  @Test
  void aProjectOfAYearOrLessIsOneBudget() {
    assertThat(IatiBudgetYears.split(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31), new BigDecimal("5000")))
        .containsExactly(new IatiBudgetYears(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31), new BigDecimal("5000")));
  }

  @Test
  void aLongProjectAcrossALeapYearKeepsEveryPeriodWithinAYear() {
    List<IatiBudgetYears> years = IatiBudgetYears.split(LocalDate.of(2027, 3, 1), LocalDate.of(2030, 2, 27), new BigDecimal("1000000"));
    assertThat(years).hasSize(3);
    for (IatiBudgetYears year : years) {
      assertThat(year.end()).isBefore(year.start().plusYears(1));
    }
    assertThat(years.get(2).end()).isEqualTo(LocalDate.of(2030, 2, 27));
    assertThat(years.stream().map(IatiBudgetYears::value).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1000000");
  }
}
