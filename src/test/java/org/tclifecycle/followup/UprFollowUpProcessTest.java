package org.tclifecycle.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tclifecycle.project.LifecycleTimers;
import org.tclifecycle.project.PlainEngineMocks;
import org.tclifecycle.project.ProjectVariables;

/** Every path of {@code upr-follow-up}; what the status form stores is tested over HTTP in UprFollowUpTest. */
@Deployment(resources = "bpmn/upr-follow-up.bpmn")
class UprFollowUpProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder("camunda-test.cfg.xml")
      .assertClassCoverageAtLeast(1.0)
      .build();

  final PlainEngineMocks.FollowUps linked = new PlainEngineMocks.FollowUps();
  final LifecycleTimers timers = new LifecycleTimers();
  ProcessInstance followUp;

  @BeforeEach
  void setUp(ProcessEngine engine) {
    BpmnAwareTests.init(engine);
    Mocks.register("timers", timers);
    Mocks.register("recommendationFollowUps", linked);
    Mocks.register("followUpRecommendationForm", mock(TaskListener.class));
    linked.ids.addAll(List.of("rec-a", "rec-b"));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  void executionStarted() {
    followUp = runtimeService().createMessageCorrelation("ProjectExecutionStarted")
        .processInstanceBusinessKey(PlainEngineMocks.BUSINESS_KEY)
        .setVariables(Map.of(ProjectVariables.PROJECT_ID, PlainEngineMocks.PROJECT_ID,
            ProjectVariables.BUSINESS_KEY, PlainEngineMocks.BUSINESS_KEY, ProjectVariables.COUNTRY_CODE, "KE"))
        .correlateStartMessage();
  }

  void executionEnded() {
    runtimeService().createMessageCorrelation("ProjectExecutionEnded").processInstanceBusinessKey(PlainEngineMocks.BUSINESS_KEY).correlate();
  }

  Job reviewTimer() {
    return managementService().createJobQuery().processInstanceId(followUp.getId()).timers().activityId("Event_ReviewDue").singleResult();
  }

  List<Task> reviewTasks() {
    return taskService().createTaskQuery().processInstanceId(followUp.getId()).taskDefinitionKey("Task_ReportRecommendationStatus").list();
  }

  void reviewed() {
    reviewTasks().forEach(task -> complete(task));
    managementService().createJobQuery().processInstanceId(followUp.getId()).activityId("Task_ReportRecommendationStatus")
        .list().forEach(job -> execute(job));
  }

  @Test
  void linkedRecommendationsAreReviewedAtEachIntervalUntilExecutionEnds() {
    executionStarted();
    assertThat(followUp).isWaitingAt("Gateway_ReviewDueOrExecutionEnded");
    assertThat(reviewTimer().getDuedate().toInstant()).as("the default interval is three months")
        .isBetween(Instant.now().plus(Duration.ofDays(88)), Instant.now().plus(Duration.ofDays(93)));

    execute(reviewTimer());
    assertThat(reviewTasks()).hasSize(2).allSatisfy(task -> assertThat(task).hasCandidateGroup("tc-officers"));
    assertThat(reviewTasks()).extracting(t -> taskService().getVariable(t.getId(), ProjectVariables.RECOMMENDATION_ID))
        .containsExactlyInAnyOrder("rec-a", "rec-b");
    reviewed();
    assertThat(followUp).as("back to waiting for the next review").isWaitingAt("Gateway_ReviewDueOrExecutionEnded");

    execute(reviewTimer());
    reviewed();
    executionEnded();
    assertThat(followUp).isEnded().hasPassed("EndEvent_FollowUpEnded");
    assertThat(BpmnAwareTests.historyService().createHistoricActivityInstanceQuery().processInstanceId(followUp.getId())
        .activityId("Task_ReportRecommendationStatus").count()).isEqualTo(4);
  }

  @Test
  void executionEndingDuringAReviewHandsItToTheFinalReview() {
    executionStarted();
    execute(reviewTimer());
    complete(reviewTasks().get(0));
    executionEnded();
    assertThat(followUp).isEnded().hasPassed("Event_ExecutionEndedDuringReview", "EndEvent_ReviewSuperseded");
    assertThat(taskService().createTaskQuery().processInstanceId(followUp.getId()).count()).isZero();
  }

  @Test
  void theIntervalIsConfigured() {
    timers.setFollowUpReviewInterval("P1M");
    executionStarted();
    assertThat(reviewTimer().getDuedate().toInstant())
        .isBetween(Instant.now().plus(Duration.ofDays(27)), Instant.now().plus(Duration.ofDays(32)));
  }
}
