package org.tclifecycle.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.identity.TcGroups;

/**
 * What keeps Tasklist's group task query on a plan that follows the grant index (bench/query-plans): PostgreSQL
 * knows how many grants hold a permission bit, and plans each call with its values, without JIT compilation.
 */
@IntegrationTest
@EnabledIf("org.tclifecycle.TestDatabase#onPostgres")
class PostgresPlansTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService tasks;

  @Test
  void everyConnectionPlansEachCallWithItsValuesAndWithoutJit() {
    for (int i = 0; i < 3; i++) { // several pooled connections, not only the first
      assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
      assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
    }
  }

  @Test
  void thePlannerKnowsThatTheGrantsOnTasksHoldRead() throws Exception {
    List<String> created = new ArrayList<>();
    try {
      for (int i = 0; i < 200; i++) {
        Task task = tasks.newTask();
        task.setName("Screen request " + i);
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), TcGroups.OFFICERS);
        created.add(task.getId());
      }
      jdbc.execute("analyze act_ru_authorization");
      long grants = jdbc.queryForObject("select count(*) from act_ru_authorization where resource_type_ = 7 and (perms_ & 2) = 2", Long.class);
      String plan = jdbc.queryForObject(
          "explain (format json) select * from act_ru_authorization where resource_type_ = 7 and (perms_ & 2) = 2", String.class);
      JsonNode top = new ObjectMapper().readTree(plan).get(0).get("Plan");
      // without statistics on (perms_ & 2) PostgreSQL estimates half a percent of the rows: one or two here
      assertThat(top.get("Plan Rows").asDouble()).as(plan).isGreaterThan(grants / 2.0);
    } finally {
      created.forEach(id -> tasks.deleteTask(id, true));
    }
  }
}
