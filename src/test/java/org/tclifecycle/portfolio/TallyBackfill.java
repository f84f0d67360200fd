package org.tclifecycle.portfolio;

import java.util.Arrays;
import java.util.List;

/** The migration's back-fill of the dashboard's counts ({@code portfolio_tally}) from the records, as Liquibase runs it. */
final class TallyBackfill {

  static final String SQL = StagePeriodBackfill.statement("db/changelog/023-portfolio-tallies.sql", "023-portfolio-tally-backfill");
  /** Every count removed, then all counted again. */
  static final List<String> STATEMENTS = Arrays.stream(SQL.split(";\\s*\n")).map(String::strip).toList();

  private TallyBackfill() {}
}
