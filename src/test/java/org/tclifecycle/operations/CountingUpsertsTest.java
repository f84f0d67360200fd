package org.tclifecycle.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two transactions counting the first period of one duration at once on H2 (the demo's and the tests' database),
 * with the histogram's merge statement (project.StagePeriods): the second waits for the first, is refused as a
 * duplicate, and counts once merged again. Both counts land.
 */
class CountingUpsertsTest {

  static final String URL = "jdbc:h2:mem:counting-upserts;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
  static final String MERGE = "merge into stage_days_histogram h using (select cast(? as varchar(30)) as stage,"
      + " cast(? as integer) as tenths) v on (h.stage = v.stage and h.tenths = v.tenths)"
      + " when matched then update set periods = h.periods + 1 when not matched then insert (stage, tenths, periods) values (v.stage, v.tenths, 1)";

  Connection first;
  Connection second;

  @BeforeEach
  void twoTransactions() throws Exception {
    first = DriverManager.getConnection(URL);
    try (Statement ddl = first.createStatement()) {
      ddl.execute("create table stage_days_histogram (stage varchar(30) not null, tenths integer not null,"
          + " periods bigint not null, primary key (stage, tenths))");
    }
    first.setAutoCommit(false);
    second = DriverManager.getConnection(URL);
    second.setAutoCommit(false);
  }

  @AfterEach
  void drop() throws Exception {
    first.rollback();
    second.rollback();
    try (Statement ddl = first.createStatement()) {
      ddl.execute("drop table stage_days_histogram");
    }
    first.close();
    second.close();
  }

  @Test
  void twoFirstCountsAtOnceBothLand() throws Exception {
    JdbcTemplate firstJdbc = new JdbcTemplate(new SingleConnectionDataSource(first, true));
    JdbcTemplate secondJdbc = new JdbcTemplate(new SingleConnectionDataSource(second, true));
    CountingUpserts.run(firstJdbc, MERGE, "ASSESSMENT", 35);

    CompletableFuture<Void> racing = CompletableFuture.runAsync(() -> CountingUpserts.run(secondJdbc, MERGE, "ASSESSMENT", 35));
    awaitSecondWaiting();
    first.commit();
    racing.get(10, TimeUnit.SECONDS);
    second.commit();

    assertThat(periods()).isEqualTo(2);
  }

  @Test
  void withoutMergingAgainTheSecondCountIsRefused() throws Exception {
    JdbcTemplate firstJdbc = new JdbcTemplate(new SingleConnectionDataSource(first, true));
    JdbcTemplate secondJdbc = new JdbcTemplate(new SingleConnectionDataSource(second, true));
    firstJdbc.update(MERGE, "ASSESSMENT", 35);

    CompletableFuture<Integer> racing = CompletableFuture.supplyAsync(() -> secondJdbc.update(MERGE, "ASSESSMENT", 35));
    awaitSecondWaiting();
    first.commit();

    assertThatThrownBy(() -> racing.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(DuplicateKeyException.class);
  }

  /** Until the second transaction's merge is under way, waiting on the row the first inserted. */
  void awaitSecondWaiting() throws Exception {
    long giveUp = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < giveUp) {
      try (Statement read = first.createStatement();
          ResultSet waiting = read.executeQuery("select count(*) from information_schema.sessions where lower(executing_statement) like 'merge into stage_days_histogram%'")) {
        waiting.next();
        if (waiting.getLong(1) > 0) {
          Thread.sleep(200); // from under way to waiting on the row
          return;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the second merge never waited for the first");
  }

  long periods() throws Exception {
    try (Statement read = first.createStatement();
        ResultSet row = read.executeQuery("select periods from stage_days_histogram where stage = 'ASSESSMENT' and tenths = 35")) {
      row.next();
      return row.getLong(1);
    }
  }
}
