package org.tclifecycle.portfolio;

import java.util.ArrayList;
import java.util.List;

/**
 * One stage's finished periods counted by duration in tenths of a day ({@code stage_days_histogram}), and the
 * percentiles of those durations as {@code percentile_cont} computes them over the periods themselves
 * (interpolating between the two nearest), to a tenth of a day.
 */
final class DaysHistogram {

  private final List<long[]> buckets = new ArrayList<>();
  private long periods;

  /** Buckets must come in increasing order of tenths. */
  void add(long tenths, long count) {
    buckets.add(new long[] {tenths, count});
    periods += count;
  }

  long periods() {
    return periods;
  }

  /** The continuous percentile ({@code fraction} 0..1) in days, or null without periods. */
  Double percentile(double fraction) {
    if (periods == 0) {
      return null;
    }
    double position = fraction * (periods - 1);
    long below = (long) Math.floor(position);
    double lower = tenthsAt(below);
    double upper = tenthsAt(Math.min(below + 1, periods - 1));
    double days = (lower + (position - below) * (upper - lower)) / 10.0;
    return Math.round(days * 10) / 10.0;
  }

  /** The duration of the period at this rank (0-based) in increasing order. */
  private long tenthsAt(long rank) {
    long seen = 0;
    for (long[] bucket : buckets) {
      seen += bucket[1];
      if (rank < seen) {
        return bucket[0];
      }
    }
    throw new IllegalArgumentException("rank " + rank + " of " + periods);
  }
}
