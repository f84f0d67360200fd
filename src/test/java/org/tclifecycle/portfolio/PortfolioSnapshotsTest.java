package org.tclifecycle.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.tclifecycle.project.Fund;

/** The dashboard's figures are computed once per filter and served until they are older than the maximum age. */
class PortfolioSnapshotsTest {

  final AtomicLong now = new AtomicLong();
  final AtomicInteger computations = new AtomicInteger();

  Portfolio compute(PortfolioFilter filter) {
    computations.incrementAndGet();
    return new Portfolio(filter, Instant.ofEpochSecond(now.get()), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void aSnapshotIsServedUntilItIsTooOldThenComputedAgain() {
    PortfolioSnapshots snapshots = new PortfolioSnapshots(Duration.ofSeconds(60), now::get);
    Portfolio first = snapshots.get(PortfolioFilter.NONE, this::compute);
    now.addAndGet(Duration.ofSeconds(59).toNanos());
    assertThat(snapshots.get(PortfolioFilter.NONE, this::compute)).isSameAs(first);
    assertThat(computations).hasValue(1);
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(snapshots.get(PortfolioFilter.NONE, this::compute)).isNotSameAs(first);
    assertThat(computations).hasValue(2);
  }

  @Test
  void eachFilterHasItsOwnSnapshot() {
    PortfolioSnapshots snapshots = new PortfolioSnapshots(Duration.ofSeconds(60), now::get);
    PortfolioFilter regularBudget = new PortfolioFilter(2026, Fund.REGULAR_BUDGET, null, "KE");
    assertThat(snapshots.get(regularBudget, this::compute).filters()).isEqualTo(regularBudget);
    assertThat(snapshots.get(PortfolioFilter.NONE, this::compute).filters()).isEqualTo(PortfolioFilter.NONE);
    assertThat(snapshots.get(new PortfolioFilter(2026, Fund.REGULAR_BUDGET, null, "KE"), this::compute).filters()).isEqualTo(regularBudget);
    assertThat(computations).hasValue(2);
  }

  @Test
  void withNoMaximumAgeTheFiguresAreComputedAtEveryCall() {
    PortfolioSnapshots snapshots = new PortfolioSnapshots(Duration.ZERO, now::get);
    snapshots.get(PortfolioFilter.NONE, this::compute);
    snapshots.get(PortfolioFilter.NONE, this::compute);
    assertThat(computations).hasValue(2);
  }
}
