package org.tclifecycle.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Percentiles from counted durations are percentile_cont's over the durations themselves. */
class DaysHistogramTest {

  @Test
  void percentilesInterpolateBetweenTheNearestPeriodsAsPercentileContDoes() {
    // screening of the seeded portfolio: 1, 2, 3, 4, 6 days → median 3.0, 90th percentile 5.2
    DaysHistogram screening = histogram(10, 1, 20, 1, 30, 1, 40, 1, 60, 1);
    assertThat(screening.periods()).isEqualTo(5);
    assertThat(screening.percentile(0.5)).isEqualTo(3.0);
    assertThat(screening.percentile(0.9)).isEqualTo(5.2);
    // consent: 4, 6, 10, 20 days → 8.0 and 17.0
    DaysHistogram consent = histogram(40, 1, 60, 1, 100, 1, 200, 1);
    assertThat(consent.percentile(0.5)).isEqualTo(8.0);
    assertThat(consent.percentile(0.9)).isEqualTo(17.0);
  }

  @Test
  void periodsOfTheSameDurationCountOnceEachAndOneBucketGivesItsDuration() {
    // 1.5 days ×3, 2.5 days ×1: ranks 0..3 are 1.5, 1.5, 1.5, 2.5 → median 1.5, 90th percentile 1.5 + 0.7 × 1.0 = 2.2
    DaysHistogram counted = histogram(15, 3, 25, 1);
    assertThat(counted.percentile(0.5)).isEqualTo(1.5);
    assertThat(counted.percentile(0.9)).isEqualTo(2.2);
    assertThat(histogram(70, 12).percentile(0.9)).isEqualTo(7.0);
    assertThat(new DaysHistogram().percentile(0.5)).isNull();
  }

  private static DaysHistogram histogram(long... tenthsAndCounts) {
    DaysHistogram histogram = new DaysHistogram();
    for (int i = 0; i < tenthsAndCounts.length; i += 2) {
      histogram.add(tenthsAndCounts[i], tenthsAndCounts[i + 1]);
    }
    return histogram;
  }
}
