package org.tclifecycle.consultation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tclifecycle.project.PlainEngineMocks;
import org.tclifecycle.project.ProjectVariables;

/** Every path of {@code national-consultation}; what the beans decide and store is tested in the Spring tests. */
@Deployment(resources = "bpmn/national-consultation.bpmn")
class NationalConsultationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder("camunda-test.cfg.xml")
      .assertClassCoverageAtLeast(0.95)
      .build();

  PlainEngineMocks mocks;
  ProcessInstance consultation;

  @BeforeEach
  void setUp(ProcessEngine engine) {
    BpmnAwareTests.init(engine);
    mocks = PlainEngineMocks.register();
  }

  void started() {
    consultation = runtimeService().startProcessInstanceByKey("national-consultation",
        withVariables(ProjectVariables.PROJECT_ID, 7L, ProjectVariables.BUSINESS_KEY, "TC-2026-0007",
            ProjectVariables.COUNTRY_CODE, "KE", ConsultationVariables.CONSULTATION_STAGE, "DESIGN"));
  }

  @AfterEach
  void tearDown() throws Exception {
    Mocks.reset();
  }

  @Test
  void oneTaskPerInvitedActorThenACoveredRound() throws Exception {
    started();
    assertThat(consultation).isWaitingAt("Task_PlanConsultation").task().hasCandidateGroup("tc-officers")
        .hasName("Plan consultation: TC-2026-0007 (Kenya)");
    ConsultationSteps.consultEveryInvitedActor(consultation);
    org.assertj.core.api.Assertions.assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(consultation.getId())
        .taskDefinitionKey("Task_RecordActorInput").count()).as("one task per invited actor").isEqualTo(2);
    assertThat(consultation).isEnded().hasPassed("Task_CheckCoverage", "Task_RecordConsultationRound", "EndEvent_ConsultationRecorded")
        .hasNotPassed("Task_ResolveMissingActors");
    verify(mocks.recordRound).execute(any(DelegateExecution.class));
  }

  @Test
  void missingActorsAreInvitedInASecondRoundUntilCovered() throws Exception {
    mocks.coverage.clear();
    mocks.coverage.addAll(List.of(false, true));
    started();
    ConsultationSteps.consultEveryInvitedActor(consultation);
    assertThat(consultation).isWaitingAt("Task_ResolveMissingActors");
    complete(task(consultation), withVariables(ConsultationVariables.MISSING_ACTORS_RESOLUTION, "INVITE_MORE"));

    mocks.invitations.open.clear();
    mocks.invitations.open.add(3L);
    ConsultationSteps.consultEveryInvitedActor(consultation);
    assertThat(consultation).isEnded().hasPassed("Task_ResolveMissingActors", "EndEvent_ConsultationRecorded")
        .hasNotPassed("Task_DecideException");
    org.assertj.core.api.Assertions.assertThat(historyService().createHistoricActivityInstanceQuery()
        .processInstanceId(consultation.getId()).activityId("Task_PlanConsultation").count()).as("plans").isEqualTo(2);
    verify(mocks.recordRound, times(1)).execute(any(DelegateExecution.class));
  }

  @Test
  void anApprovedExceptionEndsTheRoundWithoutTheMissingActors() throws Exception {
    mocks.coverage.clear();
    mocks.coverage.add(false);
    started();
    ConsultationSteps.consultEveryInvitedActor(consultation);
    complete(task(consultation), withVariables(ConsultationVariables.MISSING_ACTORS_RESOLUTION, "REQUEST_EXCEPTION",
        ConsultationVariables.EXCEPTION_JUSTIFICATION, "Civil society boycotts the process."));
    assertThat(consultation).isWaitingAt("Task_DecideException").task().hasCandidateGroup("tc-managers");
    complete(task(consultation), withVariables(ConsultationVariables.EXCEPTION_DECISION, "APPROVE"));
    assertThat(consultation).isEnded().hasPassed("Task_DecideException", "Task_RecordConsultationRound");
  }

  @Test
  void aRefusedExceptionSendsTheOfficerBackToInviteMoreActors() throws Exception {
    mocks.coverage.clear();
    mocks.coverage.add(false);
    started();
    ConsultationSteps.consultEveryInvitedActor(consultation);
    complete(task(consultation), withVariables(ConsultationVariables.MISSING_ACTORS_RESOLUTION, "REQUEST_EXCEPTION"));
    complete(task(consultation), withVariables(ConsultationVariables.EXCEPTION_DECISION, "REFUSE"));
    assertThat(consultation).isWaitingAt("Task_PlanConsultation").hasPassed("Task_DecideException")
        .hasNotPassed("Task_RecordConsultationRound");
  }

  @Test
  void anActorWhoDoesNotAnswerIsRemindedThenRecordedAsNotResponding() throws Exception {
    mocks.invitations.open.remove(1);
    started();
    complete(task(consultation));
    String actorTask = taskQuery().processInstanceId(consultation.getId()).taskDefinitionKey("Task_RecordActorInput").list().get(0).getId();
    assertThat(consultation).isWaitingAt("Task_RecordActorInput");
    execute(job("Event_ActorReminderDue"));
    execute(job("Task_SendActorReminder"));
    assertThat(consultation).hasPassed("Task_RemindActor", "EndEvent_ActorReminded");
    org.assertj.core.api.Assertions.assertThat(taskQuery().taskId(actorTask).count()).as("the reminder leaves the task open").isEqualTo(1);

    execute(job("Event_ActorDeadlinePassed"));
    org.assertj.core.api.Assertions.assertThat(taskQuery().taskId(actorTask).count()).as("the deadline closes it").isZero();
    verify(mocks.recordNoResponse).execute(any(DelegateExecution.class));
    assertThat(consultation).hasPassed("EndEvent_NoResponseRecorded");
  }
}
