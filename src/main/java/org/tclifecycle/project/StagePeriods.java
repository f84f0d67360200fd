package org.tclifecycle.project;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tclifecycle.operations.CountingUpserts;
import org.tclifecycle.operations.DatabaseKind;

/**
 * The read model of how long projects stay in each stage ({@code project_stage_period}, read by the portfolio
 * dashboard): a stage change ends the project's open period, counts it in {@code stage_days_histogram}, and
 * opens one for the new stage (with the project's year, fund, area and State, the dashboard's filters), in the transaction that changes the stage. Re-entering the stage a project is in (a second screening round)
 * keeps its period; going back (a design revised after the funding decision) opens a new one. Times are the
 * engine's clock, as in Camunda's history the periods were first back-filled from.
 */
@Component
class StagePeriods {

  /** PostgreSQL adds to the histogram without a race between two first periods of a duration; H2 (tests, demo) merges ({@link CountingUpserts}). */
  private static final String COUNT_POSTGRES = "insert into stage_days_histogram (stage, tenths, periods) values (?, ?, 1)"
      + " on conflict (stage, tenths) do update set periods = stage_days_histogram.periods + 1";
  private static final String COUNT_STANDARD = "merge into stage_days_histogram h using (select cast(? as varchar(30)) as stage,"
      + " cast(? as integer) as tenths) v on (h.stage = v.stage and h.tenths = v.tenths)"
      + " when matched then update set periods = h.periods + 1 when not matched then insert (stage, tenths, periods) values (v.stage, v.tenths, 1)";

  private final JdbcTemplate jdbc;
  private final String count;

  StagePeriods(JdbcTemplate jdbc, DatabaseKind database) {
    this.jdbc = jdbc;
    this.count = database.isPostgres() ? COUNT_POSTGRES : COUNT_STANDARD;
  }

  /** The histogram's bucket of a duration: tenths of a day, rounded half up (as the migration's back-fill counts them). */
  static int tenths(double days) {
    return (int) Math.floor(days * 10 + 0.5);
  }

  /** The project leaves {@code from} for {@code to}; REQUEST has no period (no activity of the diagram enters it). */
  void moved(long projectId, ProjectStage from, ProjectStage to) {
    if (from == to) {
      return;
    }
    OffsetDateTime now = now();
    leave(projectId, now);
    if (to != ProjectStage.ENDED) {
      jdbc.update("insert into project_stage_period (project_id, stage, entered_at, created_year, fund, thematic_area, country_code)"
          + " select p.id, ?, ?, cast(extract(year from p.created_at at time zone 'UTC') as integer), p.preferred_fund, p.thematic_area,"
          + " p.country_code from cooperation_project p where p.id = ?", to.name(), now, projectId);
    }
  }

  private void leave(long projectId, OffsetDateTime now) {
    record Open(long id, String stage, Instant entered) {}
    List<Open> open = jdbc.query("select id, stage, entered_at from project_stage_period where project_id = ? and left_at is null",
        (rs, i) -> new Open(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant()), projectId);
    for (Open period : open) {
      double days = (now.toInstant().toEpochMilli() - period.entered().toEpochMilli()) / 86_400_000.0;
      jdbc.update("update project_stage_period set left_at = ?, days = ? where id = ?", now, days, period.id());
      CountingUpserts.run(jdbc, count, period.stage(), tenths(days));
    }
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
  }
}
