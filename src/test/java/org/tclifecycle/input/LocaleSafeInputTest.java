package org.tclifecycle.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What an officer types in Geneva, Nairobi or New York is stored as meant, or refused in words; never reinterpreted. */
class LocaleSafeInputTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "120,000|120000", "120000|120000", "120 000|120000", "1'200'000|1200000", "120,000.50|120000.50",
      "66,000.00|66000.00", "0.5|0.5", "  7  |7", "-5|-5", "120\u202F000|120000"})
  void amountsWithOrWithoutGroupingAreUnderstood(String typed, String stored) throws Exception {
    assertThat(AmountText.parse(typed)).isEqualByComparingTo(new BigDecimal(stored));
  }

  @ParameterizedTest
  @ValueSource(strings = {"120,5", "120,00", "1.200", "1.200,50", "120.000", "12,0000", "120k", "USD 120", "1,20,000"})
  void amountsThatLocalesReadDifferentlyAreRefused(String typed) {
    assertThatThrownBy(() -> AmountText.parse(typed)).isInstanceOf(AmountText.Unreadable.class)
        .hasMessageContaining("\"" + typed + "\"").hasMessageContaining("e.g. 120,000");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2026-11-05|2026-11-05", "2026-11-05T00:00:00.000+0100|2026-11-05", "5 November 2026|2026-11-05",
      "5 Nov 2026|2026-11-05", "november 5, 2026|2026-11-05", "Nov 5, 2026|2026-11-05",
      "5 novembre 2026|2026-11-05", "1 février 2027|2027-02-01"})
  void unambiguousDatesAreUnderstood(String typed, String stored) throws Exception {
    assertThat(DateText.parse(typed)).isEqualTo(LocalDate.parse(stored));
  }

  @ParameterizedTest
  @ValueSource(strings = {"05/11/2026", "11/05/2026", "5.11.2026", "05-11-2026", "2026-02-30", "2026-13-01", "yesterday"})
  void datesWhoseDayAndMonthCouldBeSwappedOrThatDoNotExistAreRefused(String typed) {
    assertThatThrownBy(() -> DateText.parse(typed)).isInstanceOf(DateText.Unreadable.class)
        .hasMessageContaining("year-month-day, e.g. 2026-11-05");
  }
}
