package org.tclifecycle.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.project.ProjectVariables;

/**
 * The engine's ids are short (a base-36 number, where the starter's were 36-character UUIDs) and stay unique across
 * threads, nodes sharing one database, rolled-back transactions and restarts. Runs on H2 and, with -Ppostgres, on
 * PostgreSQL.
 */
@IntegrationTest
class ShortIdsTest {

  /** An id, or the last part of a composite one ({@code activityId:id}, {@code key:version:id}). */
  static final String SHORT = "(.+:)?[0-9][0-9a-z]{0,12}";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired DatabaseKind database;
  @Autowired ProcessEngine engine;

  @Test
  void processesTasksAndTheirHistoryCarryShortIds() {
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getIdGenerator())
        .isInstanceOf(SequenceIdGenerator.class);
    EngineRest rest = new EngineRest(http, port);
    String key = rest.projectAtFundingDecision();
    JsonNode task = rest.task("manager1", key, "Task_DecideFunding");
    assertThat(task.get("id").asText()).matches(SHORT);
    assertThat(task.get("processInstanceId").asText()).matches(SHORT);
    assertThat(task.get("executionId").asText()).matches(SHORT);
    assertThat(task.get("processDefinitionId").asText()).matches(SHORT);
    String project = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
        .processDefinitionKey(ProjectVariables.PROCESS_KEY).singleResult().getId();

    for (String table : List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst", "act_hi_op_log",
        "act_hi_job_log", "act_hi_decinst")) {
      List<Map<String, Object>> rows = jdbc.queryForList("select * from " + table + " where root_proc_inst_id_ = ?", project);
      assertThat(rows).as(table).isNotEmpty();
      for (Map<String, Object> row : rows) {
        for (String column : List.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_", "proc_def_id_",
            "act_inst_id_", "parent_act_inst_id_", "task_id_", "operation_id_", "job_id_", "job_def_id_", "dec_def_id_")) {
          if (row.get(column) != null) {
            assertThat((String) row.get(column)).as(table + "." + column).matches(SHORT);
          }
        }
      }
    }
  }

  @Test
  void twoNodesOnOneDatabaseNeverHandOutTheSameId() throws Exception {
    int threadsPerNode = 4;
    try (HikariDataSource secondNode = pool(threadsPerNode)) {
      List<SequenceIdGenerator> nodes = List.of(new SequenceIdGenerator(dataSource, database),
          new SequenceIdGenerator(secondNode, database));
      List<DataSource> databases = List.of(dataSource, secondNode);
      ExecutorService threads = Executors.newFixedThreadPool(2 * threadsPerNode);
      try {
        List<Future<List<String>>> taken = new ArrayList<>();
        for (int thread = 0; thread < 2 * threadsPerNode; thread++) {
          SequenceIdGenerator node = nodes.get(thread % 2);
          TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(databases.get(thread % 2)));
          taken.add(threads.submit(() -> {
            List<String> ids = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
              transaction.executeWithoutResult(status -> {
                for (int i = 0; i < 250; i++) {
                  ids.add(node.getNextId());
                }
              });
            }
            return ids;
          }));
        }
        List<String> all = new ArrayList<>();
        for (Future<List<String>> ids : taken) {
          all.addAll(ids.get(2, TimeUnit.MINUTES));
        }
        assertThat(all).hasSize(2 * threadsPerNode * 2_500).allMatch(id -> id.matches("[0-9][0-9a-z]{0,12}"));
        assertThat(new HashSet<>(all)).as("distinct ids").hasSameSizeAs(all);
      } finally {
        threads.shutdownNow();
      }
    }
  }

  /** A task's id can never equal a process key (an XML name), which a grant on the definition matches as well. */
  @Test
  void anIdNeverLooksLikeADefinitionKeyAndStaysDistinct() {
    assertThat(SequenceIdGenerator.text(100)).isEqualTo("2s");
    assertThat(SequenceIdGenerator.text(360)).isEqualTo("0a0");
    assertThat(SequenceIdGenerator.text(13_368)).isEqualTo("0abc");
    Set<String> ids = new HashSet<>();
    for (long n = 1; n <= 200_000; n++) {
      String id = SequenceIdGenerator.text(n);
      assertThat(Character.isDigit(id.charAt(0))).as(id).isTrue();
      assertThat(Long.parseLong(id, Character.MAX_RADIX)).isEqualTo(n);
      ids.add(id);
    }
    assertThat(ids).hasSize(200_000);
  }

  @Test
  void aRestartedNodeGoesOnAfterEveryBlockTakenEvenByARolledBackTransaction() {
    SequenceIdGenerator before = new SequenceIdGenerator(dataSource, database);
    List<Long> beforeRestart = new ArrayList<>();
    new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
      for (int i = 0; i < 2 * SequenceIdGenerator.BLOCK_SIZE + 1; i++) {
        beforeRestart.add(Long.parseLong(before.getNextId(), Character.MAX_RADIX));
      }
      status.setRollbackOnly();
    });
    SequenceIdGenerator restarted = new SequenceIdGenerator(dataSource, database);
    long first = Long.parseLong(restarted.getNextId(), Character.MAX_RADIX);
    assertThat(first).isGreaterThan(beforeRestart.stream().mapToLong(Long::longValue).max().orElseThrow())
        .isEqualTo(first / SequenceIdGenerator.BLOCK_SIZE * SequenceIdGenerator.BLOCK_SIZE);
  }

  @Test
  void theEnginesTransactionsLendTheirConnectionToTheGenerator() {
    PlatformTransactionManager engineTransactions =
        ((SpringProcessEngineConfiguration) engine.getProcessEngineConfiguration()).getTransactionManager();
    new TransactionTemplate(engineTransactions).executeWithoutResult(status ->
        assertThat(TransactionSynchronizationManager.getResource(dataSource)).as("the connection bound for the data source")
            .isInstanceOfSatisfying(ConnectionHolder.class, holder -> assertThat(holder.getConnection()).isNotNull()));
  }

  @Test
  void aThreadHoldingThePoolsLastConnectionTakesBlocksOnIt() throws SQLException {
    try (HikariDataSource oneConnection = pool(1)) {
      SequenceIdGenerator generator = new SequenceIdGenerator(oneConnection, database);
      List<String> ids = new ArrayList<>();
      new TransactionTemplate(new DataSourceTransactionManager(oneConnection)).executeWithoutResult(status -> {
        for (int i = 0; i < 3 * SequenceIdGenerator.BLOCK_SIZE; i++) {
          ids.add(generator.getNextId());
        }
      });
      assertThat(new HashSet<>(ids)).hasSize(3 * (int) SequenceIdGenerator.BLOCK_SIZE);
    }
  }

  /** Another node's pool: the same database as the application's, its own connections. */
  private HikariDataSource pool(int size) throws SQLException {
    HikariDataSource application = dataSource.unwrap(HikariDataSource.class);
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(application.getJdbcUrl());
    pool.setUsername(application.getUsername());
    pool.setPassword(application.getPassword());
    pool.setMaximumPoolSize(size);
    pool.setConnectionTimeout(1_000);
    return pool;
  }
}
