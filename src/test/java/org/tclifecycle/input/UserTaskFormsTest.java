package org.tclifecycle.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tclifecycle.IntegrationTest;

/** The listeners chosen by a task's Camunda Form leave alone the user tasks that have none. */
@IntegrationTest
class UserTaskFormsTest {

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @Test
  void aProcessWhoseUserTaskHasNoCamundaFormDeploysAndRuns() {
    Deployment deployment = repository.createDeployment().name("a user task without a form")
        .addModelInstance("no-form.bpmn", Bpmn.createExecutableProcess("test-user-task-without-form").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Plain").name("Plain task").camundaCandidateGroups("tc-officers").endEvent().done())
        .deploy();
    try {
      String instance = runtime.startProcessInstanceByKey("test-user-task-without-form").getId();
      String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
      tasks.complete(task);
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    } finally {
      repository.deleteDeployment(deployment.getId(), true);
    }
  }
}
