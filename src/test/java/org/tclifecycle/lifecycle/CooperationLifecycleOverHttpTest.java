package org.tclifecycle.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.MailServer;
import org.tclifecycle.TestData;
import org.tclifecycle.consent.ConsentDecision;
import org.tclifecycle.consent.ConsentRecord;
import org.tclifecycle.consent.ConsentRepository;
import org.tclifecycle.consultation.ConsultationRound;
import org.tclifecycle.consultation.ConsultationRoundRepository;
import org.tclifecycle.consultation.ConsultationStage;
import org.tclifecycle.design.ProjectDesignRepository;
import org.tclifecycle.evaluation.EvaluationRepository;
import org.tclifecycle.execution.ProgressReport;
import org.tclifecycle.execution.ProgressReportRepository;
import org.tclifecycle.followup.ImplementationStatus;
import org.tclifecycle.followup.RecommendationFollowUpRepository;
import org.tclifecycle.funding.FundingDecisionRepository;
import org.tclifecycle.notification.Notification;
import org.tclifecycle.notification.NotificationRepository;
import org.tclifecycle.project.IntakeChannel;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectRepository;
import org.tclifecycle.project.ProjectStage;
import org.tclifecycle.project.ProjectStatus;

/** A whole project over HTTP, as a State's system, two officers and a manager would drive it. */
@IntegrationTest
class CooperationLifecycleOverHttpTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ProjectRepository projects;
  @Autowired ConsentRepository consents;
  @Autowired ConsultationRoundRepository consultations;
  @Autowired ProjectDesignRepository designs;
  @Autowired FundingDecisionRepository fundingDecisions;
  @Autowired ProgressReportRepository reports;
  @Autowired RecommendationFollowUpRepository followUps;
  @Autowired EvaluationRepository evaluations;
  @Autowired NotificationRepository notifications;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  String submitRequest() {
    return submitRequest(TestData.request());
  }

  String submitRequest(Map<String, Object> request) {
    JsonNode started = rest.ok(rest.correlate("officer1", "RequestSubmitted", null, request));
    return started.get(0).get("processInstance").get("businessKey").asText();
  }

  void designedAndFunded(String key, Map<String, ?> assessment) {
    rest.designedAndFunded(key, "KE", assessment);
  }

  void executed(String key) {
    rest.executed(key, "KE");
  }

  void awaitTask(String businessKey, String taskDefinitionKey) {
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> rest.task("officer1", businessKey, taskDefinitionKey));
  }

  @Test
  void requestWithoutCredentialsIsRefused() {
    assertThat(rest.correlate(null, "RequestSubmitted", null, TestData.request()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.call(null, HttpMethod.GET, "/task", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void parallelFollowUpsCompletedTogetherCauseNoFailedTransaction() throws Exception {
    List<String> recommendations = TestData.KENYA_RECOMMENDATIONS;
    Map<String, Object> request = TestData.request();
    request.put("recommendationIds", String.join(",", recommendations));
    Map<String, Object> assessment = TestData.assessment();
    String key = submitRequest(request);
    awaitTask(key, "Task_ScreenRequest");
    rest.work("officer1", key, "Task_ScreenRequest", Map.of("screeningOutcome", "COMPLETE"));
    awaitTask(key, "Task_RecordConsent");
    rest.giveConsent("external1", key);
    assessment.put("recommendationIds", String.join("\n", recommendations));
    designedAndFunded(key, assessment);
    executed(key);

    List<JsonNode> followUps = rest.tasks("officer1", key).stream()
        .filter(task -> task.get("taskDefinitionKey").asText().equals("Task_FollowUpRecommendation")).toList();
    assertThat(followUps).hasSize(3);
    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(3);
    List<java.util.concurrent.CompletableFuture<Integer>> completions = followUps.stream()
        .map(task -> java.util.concurrent.CompletableFuture.supplyAsync(() -> {
          try {
            together.await();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return rest.complete("officer1", task.get("id").asText(),
              Map.of("implementationStatus", "IN_PROGRESS", "evidence", "Reported together.")).getStatusCode().value();
        })).toList();
    assertThat(completions.stream().map(java.util.concurrent.CompletableFuture::join)).containsOnly(204);

    awaitTask(key, "Task_PlanConsultation");
    Project project = projects.findByBusinessKey(key).orElseThrow();
    assertThat(this.followUps.findByProjectIdOrderByIdAsc(project.getId())).hasSize(3);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(project.getProcessInstanceId()).count()).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(project.getProcessInstanceId()).withException().count())
        .as("no job failed while joining").isZero();
  }

  @Test
  void externalSystemOfficersAndManagerTakeAProjectFromRequestToClosure() {
    Map<String, Object> request = TestData.request();
    request.put("contactEmail", STATE_CONTACT);
    request.put("contactLanguage", "fr");
    String key = submitRequest(request);
    assertThat(key).matches("TC-\\d{4}-\\d{4}");
    Project project = projects.findByBusinessKey(key).orElseThrow();
    assertThat(project.getIntakeChannel()).isEqualTo(IntakeChannel.EXTERNAL_SYSTEM);
    assertThat(project.getRecommendationIds()).containsExactly(TestData.RECOMMENDATION);
    assertThat(runtimeService.getVariables(project.getProcessInstanceId()))
        .as("process variables hold ids and what gateways need, not the request")
        .containsOnlyKeys("projectId", "businessKey", "countryCode", "intakeChannel");

    awaitTask(key, "Task_ScreenRequest");
    assertThat(rest.task("officer1", key, "Task_ScreenRequest").get("name").asText()).isEqualTo("Screen request: " + key + " (Kenya)");
    rest.work("officer1", key, "Task_ScreenRequest", Map.of("screeningOutcome", "COMPLETE"));
    awaitTask(key, "Task_RecordConsent");
    assertThat(notifications.findByProjectIdOrderByIdAsc(project.getId()))
        .extracting(Notification::getKind, Notification::getChannel).as("to the State's system and its contact")
        .containsExactly(tuple(Notification.Kind.CONSENT_REQUEST, Notification.Channel.WEBHOOK),
            tuple(Notification.Kind.CONSENT_REQUEST, Notification.Channel.MAIL));

    rest.giveConsent("external1", key);
    ConsentRecord consent = consents.findFirstByProjectIdOrderByIdDesc(project.getId()).orElseThrow();
    assertThat(consent.getDecision()).isEqualTo(ConsentDecision.GIVEN);
    assertThat(consent.getChannel()).isEqualTo(ConsentRecord.Channel.MESSAGE);
    assertThat(consent.getRecordedBy()).isEqualTo("external1");

    designedAndFunded(key, TestData.assessment());
    assertThat(projects.findByBusinessKey(key).orElseThrow().getStage()).isEqualTo(ProjectStage.EXECUTION);

    String progressTimer = managementService.createJobQuery().processInstanceId(project.getProcessInstanceId())
        .activityId("Event_ProgressReportDue").singleResult().getId();
    managementService.executeJob(progressTimer);
    rest.work("officer1", key, "Task_ReportProgress", Map.of("progressSummary", "20 magistrates trained.", "indicatorProgress", "12% fewer"));
    executed(key);
    rest.work("officer1", key, "Task_FollowUpRecommendation", Map.of("implementationStatus", "PARTIALLY_IMPLEMENTED", "evidence", "Law adopted."));
    awaitTask(key, "Task_PlanConsultation");
    rest.consult("officer1", key, "KE", "Task_EvaluateProject");
    rest.work("officer1", key, "Task_EvaluateProject", Map.of("lessonsLearned", "Start with data.", "goodPractices", "Joint NHRI monitoring."));
    rest.work("manager1", key, "Task_CloseProject", Map.of("closureNote", "Objectives met."));

    Project closed = projects.findByBusinessKey(key).orElseThrow();
    assertThat(closed.getStatus()).isEqualTo(ProjectStatus.CLOSED);
    assertThat(closed.getStage()).isEqualTo(ProjectStage.ENDED);
    assertThat(closed.getDesignedBy()).isEqualTo("officer1");
    assertThat(consultations.findByProjectIdOrderByIdAsc(closed.getId())).extracting(ConsultationRound::getStage)
        .containsExactly(ConsultationStage.ASSESSMENT, ConsultationStage.DESIGN, ConsultationStage.EXECUTION_REVIEW, ConsultationStage.EVALUATION);
    assertThat(designs.findByProjectIdOrderByIdAsc(closed.getId())).hasSize(1);
    assertThat(fundingDecisions.findByProjectIdOrderByIdAsc(closed.getId())).singleElement()
        .satisfies(d -> assertThat(d.getRecordedBy()).isEqualTo("manager1"));
    assertThat(reports.findByProjectIdOrderByIdAsc(closed.getId())).extracting(ProgressReport::getKind)
        .containsExactly(ProgressReport.Kind.PROGRESS, ProgressReport.Kind.EXECUTION_REVIEW, ProgressReport.Kind.EXECUTION_END);
    assertThat(followUps.findByProjectIdOrderByIdAsc(closed.getId())).singleElement().satisfies(f -> {
      assertThat(f.getRecommendationId()).isEqualTo(TestData.RECOMMENDATION);
      assertThat(f.getStatus()).isEqualTo(ImplementationStatus.PARTIALLY_IMPLEMENTED);
    });
    assertThat(evaluations.findByProjectId(closed.getId())).hasSize(1);

    HistoricProcessInstance history = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(closed.getProcessInstanceId()).singleResult();
    assertThat(history.getEndActivityId()).isEqualTo("EndEvent_ProjectClosed");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count())
        .as("no runtime rows left for a closed project").isZero();
    everyoneWasToldExactlyWhatConcernedThem(key);
  }

  static final String STATE_CONTACT = "attorney.general@gov-ke.example";

  /** The State's contact got the consent request in French; each officer and manager one e-mail per task of their group. */
  void everyoneWasToldExactlyWhatConcernedThem(String key) {
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      assertThat(MailServer.to(STATE_CONTACT, "")).extracting(MailServer::subject)
          .containsExactly("Demande " + key + " : consentement de l'État demandé");
      for (String user : List.of("officer1", "officer2", "manager1", "manager2")) {
        assertThat(MailServer.to(user + "@demo.tclifecycle.invalid", "(" + key + ")")).extracting(MailServer::subject)
            .as(user).containsExactlyInAnyOrderElementsOf(arrivals(key, user.startsWith("officer") ? "tc-officers" : "tc-managers"));
      }
    });
  }

  /**
   * The subject of the e-mail each task of the project offered to this group sends when it arrives; the group a task
   * is offered to is its definition's candidate group, in the deployed model (history does not repeat it).
   */
  List<String> arrivals(String key, String group) {
    return historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(key).list().stream()
        .filter(task -> repositoryService.getBpmnModelInstance(task.getProcessDefinitionId())
            .<UserTask>getModelElementById(task.getTaskDefinitionKey()).getCamundaCandidateGroups().equals(group))
        .map(task -> "New task: " + task.getName().substring(0, task.getName().indexOf(": " + key)) + " (" + key + ")")
        .toList();
  }
}
