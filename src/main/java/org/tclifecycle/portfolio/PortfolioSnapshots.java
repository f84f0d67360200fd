package org.tclifecycle.portfolio;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portfolio's figures as of a moment: computed once per filter, then served to every manager who opens
 * the dashboard within {@code tc.portfolio.snapshot-max-age} (the answer's {@code computedAt} says when).
 * Aggregating the whole history takes seconds at tens of thousands of projects; a dashboard does not need
 * it to the second. One computation per filter at a time; at most {@value #MAX_FILTERS} filters are kept.
 */
@Component
class PortfolioSnapshots {

  static final int MAX_FILTERS = 200;

  private record Snapshot(Portfolio portfolio, long takenAtNanos) {}

  private final Duration maxAge;
  private final LongSupplier nanoTime;
  private final Map<PortfolioFilter, Snapshot> snapshots = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<PortfolioFilter, Snapshot> eldest) {
      return size() > MAX_FILTERS;
    }
  };
  private final Map<PortfolioFilter, Object> locks = new java.util.concurrent.ConcurrentHashMap<>();

  @Autowired
  PortfolioSnapshots(@Value("${tc.portfolio.snapshot-max-age:PT1M}") Duration maxAge) {
    this(maxAge, System::nanoTime);
  }

  PortfolioSnapshots(Duration maxAge, LongSupplier nanoTime) {
    this.maxAge = maxAge;
    this.nanoTime = nanoTime;
  }

  Portfolio get(PortfolioFilter filter, Function<PortfolioFilter, Portfolio> compute) {
    if (maxAge.isZero()) {
      return compute.apply(filter);
    }
    synchronized (locks.computeIfAbsent(filter, key -> new Object())) {
      Snapshot snapshot = fresh(filter);
      if (snapshot == null) {
        snapshot = new Snapshot(compute.apply(filter), nanoTime.getAsLong());
        synchronized (snapshots) {
          snapshots.put(filter, snapshot);
        }
      }
      return snapshot.portfolio();
    }
  }

  private Snapshot fresh(PortfolioFilter filter) {
    synchronized (snapshots) {
      Snapshot snapshot = snapshots.get(filter);
      return snapshot != null && nanoTime.getAsLong() - snapshot.takenAtNanos() < maxAge.toNanos() ? snapshot : null;
    }
  }
}
