package org.tclifecycle.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
import org.tclifecycle.consultation.ConsultationSteps;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/** Every path of {@code cooperation-project}, on a plain engine with the beans mocked. */
@Deployment(resources = {"bpmn/cooperation-project.bpmn", "bpmn/national-consultation.bpmn", "bpmn/rights-balance.dmn",
    "bpmn/funding-allocation.dmn"})
class CooperationProjectProcessTest {

  static final String PROCESS = "cooperation-project";

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder("camunda-test.cfg.xml")
      .assertClassCoverageAtLeast(0.95)
      // called here, but its paths are NationalConsultationProcessTest's to cover
      .excludeProcessDefinitionKeys("national-consultation")
      .build();

  PlainEngineMocks mocks;
  ProcessInstance instance;

  @BeforeEach
  void setUp(ProcessEngine engine) {
    BpmnAwareTests.init(engine);
    mocks = PlainEngineMocks.register();
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  // --- given / when helpers, in the order of the lifecycle ---

  ProcessInstance requestByNoteVerbale() {
    instance = runtimeService().startProcessInstanceByKey(PROCESS);
    return instance;
  }

  ProcessInstance requestBySystem() {
    instance = runtimeService().createMessageCorrelation("RequestSubmitted").correlateStartMessage();
    return instance;
  }

  void registered() {
    assertThat(instance).isWaitingAt("Task_RegisterRequest");
    execute(job());
  }

  void screened(String outcome) {
    assertThat(instance).isWaitingAt("Task_ScreenRequest");
    complete(task(instance), withVariables(ProjectVariables.SCREENING_OUTCOME, outcome));
  }

  void consentRequested() {
    assertThat(instance).isWaitingAt("Task_RequestConsent");
    execute(job());
    assertThat(instance).isWaitingAt("Task_SendConsentRequest");
    execute(job());
    assertThat(instance).isWaitingAt("Task_RecordConsent");
  }

  void consentByMessage(String message) {
    runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(PlainEngineMocks.BUSINESS_KEY).correlate();
  }

  void consultationRecorded() {
    ProcessInstance consultation = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey("national-consultation").superProcessInstanceId(instance.getId()).active().singleResult();
    ConsultationSteps.consultEveryInvitedActor(consultation);
    assertThat(consultation).isEnded().hasPassed("Task_RecordConsultationRound");
    // after the design consultation the criteria are evaluated, then a save point before the manager's task
    managementService().createJobQuery().processInstanceId(instance.getId()).activityId("Task_EvaluateFundingCriteria")
        .list().forEach(job -> execute(job));
  }

  void inExecution() {
    designed();
    complete(task("Task_DecideFunding", instance), withVariables(ProjectVariables.FUNDING_DECISION, "APPROVE"));
    assertThat(instance).isWaitingAt("Task_ReviewExecution");
  }

  void executionFinished() {
    complete(task("Task_ReviewExecution", instance));
    consultationRecorded();
    complete(task("Task_RecordExecutionEnd", instance));
  }

  void evaluatedAndClosed() {
    consultationRecorded();
    complete(task("Task_EvaluateProject", instance));
    complete(task("Task_CloseProject", instance));
  }

  Job timer(String activityId) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }

  /** Each follow-up ends in its own transaction; the join runs as a job, so parallel completions do not collide. */
  void followedUp(Task followUp) {
    complete(followUp);
    followedUpJobsRun();
  }

  void followedUpJobsRun() {
    managementService().createJobQuery().processInstanceId(instance.getId()).activityId("Task_FollowUpRecommendation")
        .list().forEach(job -> execute(job));
  }

  List<Task> followUpTasks() {
    return taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_FollowUpRecommendation").list();
  }

  @Test
  void happyPathByNoteVerbaleEndsWithProjectClosed() {
    mocks.followUps.ids.add("9c3e2f4a-0000-4000-8000-000000000001");
    requestByNoteVerbale();
    registered();
    screened("COMPLETE");
    consentRequested();
    complete(task(instance), withVariables(ProjectVariables.CONSENT_DECISION, "GIVEN"));
    assertThat(instance).isWaitingAt("Task_AssessNeeds");
    complete(task(instance));
    consultationRecorded();
    complete(task("Task_DesignProject", instance));
    consultationRecorded();
    complete(task("Task_DecideFunding", instance), withVariables(ProjectVariables.FUNDING_DECISION, "APPROVE"));
    executionFinished();
    assertThat(followUpTasks()).hasSize(1);
    followedUp(followUpTasks().get(0));
    evaluatedAndClosed();

    assertThat(instance).isEnded().hasPassedInOrder("StartEvent_RequestRegistered", "Task_RegisterRequest",
        "Task_ScreenRequest", "Task_RequestConsent", "Task_RecordConsent", "Task_AssessNeeds",
        "CallActivity_ConsultOnAssessment", "Task_DesignProject", "CallActivity_ConsultOnDesign", "Task_EvaluateFundingCriteria",
        "Task_DecideFunding",
        "Event_FollowUpStarted", "SubProcess_ExecuteProject", "Event_ExecutionEnded", "Task_FollowUpRecommendation",
        "CallActivity_ConsultOnEvaluation",
        "Task_EvaluateProject", "Task_CloseProject", "EndEvent_ProjectClosed");
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(ProjectVariables.INTAKE_CHANNEL).singleResult().getValue()).isEqualTo("NOTE_VERBALE");
    assertThat(mocks.followUpMessages.started).as("upr-follow-up started with execution").isEqualTo(1);
    assertThat(mocks.followUpMessages.ended).as("and ended with it").isEqualTo(1);
    InOrder stages = inOrder(mocks.projectStages);
    for (String stage : List.of("SCREENING", "CONSENT", "NEEDS_ASSESSMENT", "DESIGN", "FUNDING", "EXECUTION", "FOLLOW_UP", "EVALUATION")) {
      stages.verify(mocks.projectStages).enter(any(DelegateExecution.class), eq(stage));
    }
    stages.verify(mocks.projectStages).finish(any(DelegateExecution.class), eq("CLOSED"));
  }

  @Test
  void tasksAreNamedAfterTheProjectAndState() {
    requestBySystem();
    registered();
    assertThat(task(instance).getName()).isEqualTo("Screen request: TC-2026-0042 (Kenya)");
    assertThat(task(instance).getDueDate()).isAfter(new java.util.Date());
    assertThat(instance).task().hasCandidateGroup("tc-officers");
  }

  @Test
  void intakeChannelTellsTheRegistrationHowTheRequestArrived() {
    runtimeService().startProcessInstanceByKey(PROCESS);
    instance = runtimeService().createMessageCorrelation("RequestSubmitted").correlateStartMessage();
    assertThat(instance).variables().containsEntry(ProjectVariables.INTAKE_CHANNEL, "EXTERNAL_SYSTEM");
  }

  @Test
  void incompleteRequestLapsesAfterTheCompletionDeadline() {
    requestBySystem();
    registered();
    screened("INCOMPLETE");
    assertThat(instance).isWaitingAt("Task_AskForMissingInformation");
    execute(job());
    assertThat(instance).isWaitingAt("Task_SendInformationRequest");
    execute(job());
    assertThat(instance).isWaitingAt("Task_ReceiveCompletedRequest");
    execute(timer("Event_CompletionDeadlinePassed"));
    assertThat(instance).isEnded().hasPassed("EndEvent_RequestLapsed");
    verify(mocks.projectStages).finish(any(DelegateExecution.class), eq("LAPSED"));
  }

  @Test
  void completedRequestReturnsToScreening() {
    requestBySystem();
    registered();
    screened("INCOMPLETE");
    execute(job());
    execute(job());
    runtimeService().createMessageCorrelation("RequestCompleted").processInstanceBusinessKey(PlainEngineMocks.BUSINESS_KEY).correlate();
    assertThat(instance).isWaitingAt("Task_ScreenRequest");
    screened("COMPLETE");
    assertThat(instance).isWaitingAt("Task_RequestConsent");
  }

  void waitingForConsent() {
    requestBySystem();
    registered();
    screened("COMPLETE");
    consentRequested();
  }

  @Test
  void refusalByMessageEndsTheRequestAsDeclined() {
    waitingForConsent();
    consentByMessage("ConsentRefused");
    assertThat(instance).isEnded().hasPassed("Task_RegisterConsentRefusal", "EndEvent_AssistanceDeclined");
    verify(mocks.projectStages).finish(any(DelegateExecution.class), eq("DECLINED"));
  }

  @Test
  void refusalOnPaperEndsTheRequestAsDeclined() {
    waitingForConsent();
    complete(task(instance), withVariables(ProjectVariables.CONSENT_DECISION, "REFUSED"));
    assertThat(instance).isEnded().hasPassed("EndEvent_AssistanceDeclined").hasNotPassed("Task_AssessNeeds");
  }

  @Test
  void consentByMessageLeadsToTheNeedsAssessment() {
    waitingForConsent();
    consentByMessage("ConsentGiven");
    assertThat(instance).hasPassed("Task_RegisterConsentGiven").isWaitingAt("Task_AssessNeeds");
  }

  @Test
  void consentExpiresAfterItsDeadline() {
    waitingForConsent();
    execute(timer("Event_ConsentExpired"));
    assertThat(instance).isEnded().hasPassed("EndEvent_RequestLapsed").hasNotPassed("Task_AssessNeeds");
  }

  @Test
  void reminderFiresWithoutEndingTheWait() {
    waitingForConsent();
    execute(timer("Event_ConsentReminderDue"));
    assertThat(instance).isWaitingAt("Task_RecordConsent", "Task_RemindStateOfConsent");
    assertThat(timer("Event_ConsentReminderDue")).as("the reminder repeats").isNotNull();
    complete(task("Task_RemindStateOfConsent", instance));
    assertThat(instance).isWaitingAt("Task_SendConsentReminder", "Task_RecordConsent");
    execute(job("Task_SendConsentReminder"));
    assertThat(instance).hasPassed("EndEvent_ReminderSent").isWaitingAt("Task_RecordConsent");
  }

  @Test
  void timersFollowTheConfiguredDurations() {
    waitingForConsent();
    Job expiry = timer("Event_ConsentExpired");
    long days = (expiry.getDuedate().getTime() - System.currentTimeMillis()) / 86_400_000L;
    assertThat(days).isBetween(179L, 180L);
  }

  void designed() {
    waitingForConsent();
    consentByMessage("ConsentGiven");
    complete(task("Task_AssessNeeds", instance));
    consultationRecorded();
    complete(task("Task_DesignProject", instance));
    consultationRecorded();
  }

  @Test
  void revisionLoopsBackToDesign() {
    designed();
    assertThat(instance).task().hasCandidateGroup("tc-managers");
    complete(task("Task_DecideFunding", instance), withVariables(ProjectVariables.FUNDING_DECISION, "REVISE"));
    assertThat(instance).isWaitingAt("Task_DesignProject");
    complete(task("Task_DesignProject", instance));
    consultationRecorded();
    complete(task("Task_DecideFunding", instance), withVariables(ProjectVariables.FUNDING_DECISION, "APPROVE"));
    assertThat(instance).isWaitingAt("Task_ReviewExecution");
  }

  @Test
  void aProjectTouchingOneFamilyOfRightsIsJustifiedBeforeFunding() {
    mocks.rights.economicSocialOrCultural = false;
    designed();
    assertThat(instance).hasPassed("Task_CheckRightsBalance").isWaitingAt("Task_JustifyRightsFocus")
        .variables().containsEntry(ProjectVariables.RIGHTS_BALANCE, "ONLY_CIVIL_POLITICAL");
    assertThat(instance).task().hasCandidateGroup("tc-officers");
    complete(task("Task_JustifyRightsFocus", instance));
    assertThat(instance).as("the criteria are evaluated, then a save point").isWaitingAt("Task_EvaluateFundingCriteria");
    execute(job());
    assertThat(instance).isWaitingAt("Task_DecideFunding");
  }

  @Test
  void aBalancedProjectGoesStraightToFunding() {
    designed();
    assertThat(historyService().createHistoricDecisionInstanceQuery().processInstanceId(instance.getId())
        .decisionDefinitionKey("funding-allocation").count()).as("the published criteria were evaluated").isEqualTo(1);
    assertThat(instance).isWaitingAt("Task_DecideFunding").hasNotPassed("Task_JustifyRightsFocus")
        .variables().containsEntry(ProjectVariables.RIGHTS_BALANCE, "BALANCED");
  }

  /** More than 250,000 asked of the fund: the published criteria refer the project to the Board of Trustees. */
  void referredToTheBoard() {
    mocks.criteria.values.put("requestedAmount", 300000.0);
    designed();
    assertThat(instance).hasPassed("Task_EvaluateFundingCriteria").isWaitingAt("Task_ScheduleBoardSession")
        .variables().containsEntry(ProjectVariables.FUNDING_ALLOCATION, "REFER_TO_BOARD");
    assertThat(instance).task().hasCandidateGroup("tc-board-secretariat");
    complete(task("Task_ScheduleBoardSession", instance), withVariables(ProjectVariables.BOARD_REFERRAL_ID, 7L));
    assertThat(instance).isWaitingAt("Task_RecordBoardAdvice");
    assertThat(instance).task().hasCandidateGroup("tc-board-secretariat");
  }

  /** The secretariat records the advice; a save point, then the manager's decision. */
  void boardAdviceRecorded() {
    complete(task("Task_RecordBoardAdvice", instance));
    assertThat(instance).as("a save point after the advice").isWaitingAt("Task_RecordBoardAdvice");
    execute(managementService().createJobQuery().processInstanceId(instance.getId()).activityId("Task_RecordBoardAdvice").singleResult());
    assertThat(instance).isWaitingAt("Task_DecideFunding").hasPassed("EndEvent_BoardAdviceRecorded");
  }

  @Test
  void aProjectWithinTheCriteriaIsNotReferredToTheBoard() {
    designed();
    assertThat(instance).isWaitingAt("Task_DecideFunding").hasNotPassed("Task_ScheduleBoardSession")
        .variables().containsEntry(ProjectVariables.FUNDING_ALLOCATION, "PARTIAL");
  }

  @Test
  void aReferredProjectWaitsForTheBoardsAdviceBeforeTheManagerDecides() {
    referredToTheBoard();
    assertThat(timer("Event_BoardSessionPassed").getDuedate()).as("the day after the planned session")
        .isEqualTo(mocks.boardReferrals.followUpAt);
    boardAdviceRecorded();
    assertThat(timer("Event_BoardSessionPassed")).as("no follow-up once the advice is in").isNull();
    complete(task("Task_DecideFunding", instance), withVariables(ProjectVariables.FUNDING_DECISION, "APPROVE"));
    assertThat(instance).isWaitingAt("Task_ReviewExecution");
  }

  @Test
  void whenThePlannedSessionPassesWithoutAdviceManagersFollowUpUntilTheAdviceArrives() {
    referredToTheBoard();
    execute(timer("Event_BoardSessionPassed"));
    assertThat(instance).isWaitingAt("Task_RecordBoardAdvice", "Task_FollowUpBoardAdvice");
    assertThat(task("Task_FollowUpBoardAdvice", instance)).hasCandidateGroup("tc-managers");
    complete(task("Task_FollowUpBoardAdvice", instance));
    assertThat(instance).hasPassed("EndEvent_BoardFollowedUp").isWaitingAt("Task_RecordBoardAdvice");
    boardAdviceRecorded();
  }

  @Test
  void recordingTheAdviceEndsAFollowUpStillOpen() {
    referredToTheBoard();
    execute(timer("Event_BoardSessionPassed"));
    boardAdviceRecorded();
    assertThat(instance).as("the managers' follow-up is cancelled").isNotWaitingAt("Task_FollowUpBoardAdvice");
    assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_FollowUpBoardAdvice").count())
        .isZero();
  }

  @Test
  void aRevisionAskingLessAfterTheBoardsAdviceGoesStraightToTheManager() {
    referredToTheBoard();
    boardAdviceRecorded();
    complete(task("Task_DecideFunding", instance), withVariables(ProjectVariables.FUNDING_DECISION, "REVISE"));
    mocks.criteria.values.put("requestedAmount", 200000.0);
    complete(task("Task_DesignProject", instance));
    consultationRecorded();
    assertThat(instance).as("within the criteria now").isWaitingAt("Task_DecideFunding")
        .variables().containsEntry(ProjectVariables.FUNDING_ALLOCATION, "PARTIAL");
  }

  @Test
  void rejectionEndsTheProject() {
    designed();
    complete(task("Task_DecideFunding", instance), withVariables(ProjectVariables.FUNDING_DECISION, "REJECT"));
    assertThat(instance).isEnded().hasPassed("EndEvent_FundingRejected");
    verify(mocks.projectStages).finish(any(DelegateExecution.class), eq("REJECTED"));
  }


  @Test
  void withdrawnConsentHaltsTheProjectAndInformsTheManager() {
    inExecution();
    consentByMessage("ConsentWithdrawn");
    assertThat(instance).hasPassed("Task_RegisterConsentWithdrawal", "EndEvent_ExecutionHalted")
        .isWaitingAt("Task_ReviewHaltedProject");
    assertThat(instance).task().hasCandidateGroup("tc-managers");
    complete(task(instance));
    assertThat(instance).isEnded().hasPassed("EndEvent_ProjectHalted").hasNotPassed("Task_FollowUpRecommendation");
    assertThat(mocks.followUpMessages.ended).as("the halted project's periodic reviews end too").isEqualTo(1);
    verify(mocks.projectStages).finish(any(DelegateExecution.class), eq("HALTED"));
  }

  @Test
  void approvedAmendmentLeavesExecutionRunning() {
    inExecution();
    runtimeService().createMessageCorrelation("AmendmentRequested").processInstanceBusinessKey(PlainEngineMocks.BUSINESS_KEY).correlate();
    assertThat(instance).isWaitingAt("Task_ReviewExecution", "Task_DecideAmendment");
    complete(task("Task_DecideAmendment", instance), withVariables(ProjectVariables.AMENDMENT_DECISION, "APPROVE"));
    assertThat(instance).hasPassed("EndEvent_AmendmentApproved").isWaitingAt("Task_ReviewExecution");
  }

  @Test
  void refusedAmendmentLeavesExecutionRunning() {
    inExecution();
    runtimeService().createMessageCorrelation("AmendmentRequested").processInstanceBusinessKey(PlainEngineMocks.BUSINESS_KEY).correlate();
    complete(task("Task_DecideAmendment", instance), withVariables(ProjectVariables.AMENDMENT_DECISION, "REFUSE"));
    assertThat(instance).hasPassed("EndEvent_AmendmentRefused").hasNotPassed("EndEvent_AmendmentApproved")
        .isWaitingAt("Task_ReviewExecution");
  }

  @Test
  void progressReportIsDueOnEachTimerCycle() {
    inExecution();
    execute(timer("Event_ProgressReportDue"));
    assertThat(instance).isWaitingAt("Task_ReviewExecution", "Task_ReportProgress");
    complete(task("Task_ReportProgress", instance));
    assertThat(instance).hasPassed("EndEvent_ProgressReported");
    execute(timer("Event_ProgressReportDue"));
    assertThat(taskService().createTaskQuery().taskDefinitionKey("Task_ReportProgress").count()).isEqualTo(1);
    executionFinished();
    assertThat(timer("Event_ProgressReportDue")).as("no report is due once execution ended").isNull();
    assertThat(taskService().createTaskQuery().taskDefinitionKey("Task_ReportProgress").count()).isZero();
  }

  @Test
  void noLinkedRecommendationSkipsTheFollowUp() {
    inExecution();
    executionFinished();
    assertThat(followUpTasks()).isEmpty();
    assertThat(instance).isWaitingAt("CallActivity_ConsultOnEvaluation");
    evaluatedAndClosed();
    assertThat(instance).isEnded().hasPassed("EndEvent_ProjectClosed");
  }

  @Test
  void threeLinkedRecommendationsAreFollowedUpOneByOne() {
    inExecution();
    mocks.followUps.ids.addAll(List.of("a", "b", "c"));
    executionFinished();
    List<Task> tasks = followUpTasks();
    assertThat(tasks).hasSize(3);
    assertThat(tasks).extracting(t -> taskService().getVariable(t.getId(), ProjectVariables.RECOMMENDATION_ID))
        .containsExactlyInAnyOrder("a", "b", "c");
    followedUp(tasks.get(0));
    followedUp(tasks.get(1));
    assertThat(instance).isWaitingAt("Task_FollowUpRecommendation");
    complete(tasks.get(2));
    assertThat(instance).as("the join runs as a job").isWaitingAt("Task_FollowUpRecommendation");
    followedUpJobsRun();
    evaluatedAndClosed();
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("Task_FollowUpRecommendation").count()).isEqualTo(3);
    assertThat(instance).isEnded();
  }
}
