package org.tclifecycle.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;

/** Every user task has a due date: the process's own deadline or the configured one; Tasklist filters by them. */
@IntegrationTest
class TaskDueDatesTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired TaskDeadlines deadlines;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  String screeningTaskOfNewRequest() {
    String key = rest.ok(rest.correlate("officer1", "RequestSubmitted", null, TestData.request()))
        .get(0).get("processInstance").get("businessKey").asText();
    rest.awaitTask(key, "Task_ScreenRequest");
    return rest.task("officer1", key, "Task_ScreenRequest").get("id").asText();
  }

  @Test
  void everyTaskEverCreatedHasADueDate() {
    screeningTaskOfNewRequest();
    assertThat(historyService.createHistoricTaskInstanceQuery().count()).isPositive();
    assertThat(historyService.createHistoricTaskInstanceQuery().withoutTaskDueDate().list())
        .as("tasks created without a due date, by any test of the suite so far").isEmpty();
  }

  @Test
  void everyUserTaskOfEveryDeployedProcessHasADeadlineOfItsOwnOrTheConfiguredOne() {
    Set<String> userTasks = new HashSet<>();
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      for (UserTask task : repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
        userTasks.add(task.getId());
        if (task.getCamundaDueDate() != null) {
          assertThat(task.getCamundaDueDate()).as(task.getId() + " names a deadline the process knows")
              .doesNotContain("taskDueDate").startsWith("${");
          assertThat(deadlines.getDue()).as(task.getId() + " has a model deadline; a configured one would be ignored")
              .doesNotContainKey(task.getId());
        }
      }
    }
    assertThat(userTasks).hasSizeGreaterThan(30);
    assertThat(userTasks).as("every task id configured in tc.task-deadlines is a deployed user task")
        .containsAll(deadlines.getDue().keySet()).containsAll(deadlines.getFollowUp().keySet());
  }

  @Test
  void aTaskWithoutADeadlineOfItsOwnIsDueAfterItsConfiguredPeriod() {
    Task screening = taskService.createTaskQuery().taskId(screeningTaskOfNewRequest()).singleResult();
    assertThat(screening.getDueDate().toInstant())
        .isCloseTo(Instant.now().plus(Duration.ofDays(5)), within(1, ChronoUnit.MINUTES));
    assertThat(screening.getFollowUpDate()).as("no follow-up configured for screening").isNull();
  }

  @Test
  void overdueAndDueThisWeekFiltersListTheGroupsTasks() {
    String taskId = screeningTaskOfNewRequest();
    dueIn(taskId, Duration.ofDays(-1));
    assertThat(filtered("officer1", "Overdue")).contains(taskId);
    assertThat(filtered("officer1", "Due this week")).doesNotContain(taskId);

    dueIn(taskId, Duration.ofDays(3));
    assertThat(filtered("officer1", "Overdue")).doesNotContain(taskId);
    assertThat(filtered("officer1", "Due this week")).contains(taskId);
    assertThat(filtered("manager1", "Due this week")).as("not a managers' task").doesNotContain(taskId);

    dueIn(taskId, Duration.ofDays(10));
    assertThat(filtered("officer1", "Due this week")).doesNotContain(taskId);
  }

  void dueIn(String taskId, Duration fromNow) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    task.setDueDate(Date.from(Instant.now().plus(fromNow)));
    taskService.saveTask(task);
  }

  List<String> filtered(String user, String filterName) {
    String filterId = filterService.createFilterQuery().filterName(filterName).singleResult().getId();
    JsonNode tasks = rest.ok(rest.call(user, HttpMethod.GET, "/filter/" + filterId + "/list?firstResult=0&maxResults=2000", null));
    return StreamSupport.stream(tasks.spliterator(), false).map(task -> task.get("id").asText()).toList();
  }
}
