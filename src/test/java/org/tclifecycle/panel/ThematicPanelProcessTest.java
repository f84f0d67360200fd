package org.tclifecycle.panel;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tclifecycle.project.LifecycleTimers;
import org.tclifecycle.project.ProjectVariables;

/** Every path of {@code thematic-panel}; what the beans store and compile is tested in ThematicPanelTest. */
@Deployment(resources = {"bpmn/thematic-panel.bpmn", "bpmn/panel-schedule.bpmn"})
class ThematicPanelProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder("camunda-test.cfg.xml")
      .assertClassCoverageAtLeast(0.95)
      .build();

  /** The deadlines and the per-contributor loop, as the {@code panels} bean gives them. */
  public static final class PanelDates {
    public final List<Long> requested = new ArrayList<>(List.of(1L, 2L));

    public List<Long> requestedIds(Number panelId) {
      return List.copyOf(requested);
    }

    public Date contributionDeadline(Number panelId) {
      return Date.from(Instant.now().plus(10, ChronoUnit.DAYS));
    }

    public Date submissionDue(Number panelId) {
      return Date.from(Instant.now().plus(20, ChronoUnit.DAYS));
    }

    public Date sessionEnd(Number panelId) {
      return Date.from(Instant.now().plus(60, ChronoUnit.DAYS));
    }
  }

  final PanelDates dates = new PanelDates();
  final ContributionSteps steps = mock(ContributionSteps.class);
  ProcessInstance panel;

  @BeforeEach
  void setUp(ProcessEngine engine) {
    BpmnAwareTests.init(engine);
    Mocks.register("timers", new LifecycleTimers());
    Mocks.register("panels", dates);
    Mocks.register("contributionSteps", steps);
    Mocks.register("panelSchedule", new PanelSchedule());
    Mocks.register("registerPanel", (JavaDelegate) execution -> {
      execution.setVariable(PanelVariables.PANEL_ID, 5L);
      execution.setVariable(ProjectVariables.BUSINESS_KEY, "HRC22-PANEL");
    });
    for (String listener : List.of("setPanelThemeForm", "identifyContributorsForm", "recordContributionForm", "remindContributorForm",
        "reviewPanelReportForm", "revisePanelReportForm", "expeditePanelReportForm", "submitPanelReportForm", "recordPanelHeldForm")) {
      Mocks.register(listener, mock(TaskListener.class));
    }
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  void contributorsIdentified() {
    panel = runtimeService().startProcessInstanceByKey("thematic-panel");
    assertThat(panel).hasPassed("Task_RegisterPanel").isWaitingAt("Task_IdentifyContributors").task().hasCandidateGroup("tc-officers")
        .hasName("Identify contributors: HRC22-PANEL");
    complete(task(panel));
  }

  void runAsynchronousSteps() {
    for (Job next = nextJob(); next != null; next = nextJob()) {
      managementService().executeJob(next.getId());
    }
  }

  Job nextJob() {
    return managementService().createJobQuery().processInstanceId(panel.getId()).messages().list().stream().findFirst().orElse(null);
  }

  void reportReviewed(String decision) {
    assertThat(panel).isWaitingAt("Task_ReviewReport").task().hasCandidateGroup("tc-managers");
    complete(task("Task_ReviewReport", panel), withVariables(PanelVariables.REPORT_DECISION, decision));
  }

  @Test
  void contributionsOnTimeByApiAndByOfficerThenApprovalSubmissionAndThePanelHeld() {
    contributorsIdentified();
    org.assertj.core.api.Assertions.assertThat(taskQuery().processInstanceId(panel.getId()).taskDefinitionKey("Task_RecordContribution").count()).isEqualTo(2);
    runtimeService().createMessageCorrelation("ContributionReceived-1").processInstanceId(panel.getId()).correlate();
    complete(taskQuery().processInstanceId(panel.getId()).taskDefinitionKey("Task_RecordContribution").singleResult());
    runAsynchronousSteps();
    assertThat(panel).hasPassed("EndEvent_ContributionSubmitted", "EndEvent_ContributionRecorded", "Task_CompileReport");
    verify(steps).compileReport(any(DelegateExecution.class));
    reportReviewed("APPROVE");
    assertThat(panel).isWaitingAt("Task_SubmitReport");
    complete(task(panel));
    complete(task(panel));
    assertThat(panel).isEnded().hasPassed("Task_RecordPanelHeld", "EndEvent_PanelHeld").hasNotPassed("Task_ExpediteReport");
  }

  @Test
  void theYearlyTimerAsksAManagerForTheTheme() {
    Job yearly = managementService().createJobQuery().timers().activityId("StartEvent_PanelYearDue").singleResult();
    org.assertj.core.api.Assertions.assertThat(yearly.getDuedate()).isEqualTo(Date.from(Instant.parse("2027-01-15T08:00:00Z")));
    managementService().executeJob(yearly.getId());
    panel = runtimeService().createProcessInstanceQuery().processDefinitionKey("thematic-panel").singleResult();
    assertThat(panel).isWaitingAt("Task_SetPanelTheme").task().hasCandidateGroup("tc-managers");
    complete(task(panel));
    assertThat(panel).hasPassed("Task_RegisterPanel").isWaitingAt("Task_IdentifyContributors");
  }

  @Test
  void aContributionMissingAtTheDeadlineIsMarkedAndTheReportCompiledWithoutIt() {
    dates.requested.remove(1);
    contributorsIdentified();
    execute(job("Event_ContributionDeadlinePassed", panel));
    verify(steps).markMissing(any(DelegateExecution.class));
    runAsynchronousSteps();
    assertThat(panel).hasPassed("EndEvent_ContributionMissing").isWaitingAt("Task_ReviewReport");
  }

  @Test
  void aContributorIsRemindedWhileTheContributionIsAwaited() {
    dates.requested.remove(1);
    contributorsIdentified();
    execute(job("Event_ContributionReminderDue", panel));
    assertThat(panel).isWaitingAt("Task_RecordContribution", "Task_RemindContributor");
    complete(task("Task_RemindContributor", panel));
    assertThat(panel).hasPassed("EndEvent_ContributorReminded").isWaitingAt("Task_RecordContribution");
  }

  @Test
  void aRevisedReportIsCompiledAgainAndReviewedAgain() {
    dates.requested.clear();
    contributorsIdentified();
    runAsynchronousSteps();
    reportReviewed("REVISE");
    assertThat(panel).isWaitingAt("Task_ReviseReport").task().hasCandidateGroup("tc-officers");
    complete(task(panel));
    runAsynchronousSteps();
    verify(steps, times(2)).compileReport(any(DelegateExecution.class));
    reportReviewed("APPROVE");
    assertThat(panel).isWaitingAt("Task_SubmitReport");
  }

  @Test
  void aReportStillUnapprovedWhenSubmissionIsDueIsEscalatedToTheManagers() {
    dates.requested.clear();
    contributorsIdentified();
    runAsynchronousSteps();
    execute(job("Event_ReportOverdue", panel));
    assertThat(panel).isWaitingAt("Task_ReviewReport", "Task_ExpediteReport");
    complete(task("Task_ExpediteReport", panel));
    assertThat(panel).hasPassed("EndEvent_LateReportHandled").isWaitingAt("Task_ReviewReport");
  }
}
