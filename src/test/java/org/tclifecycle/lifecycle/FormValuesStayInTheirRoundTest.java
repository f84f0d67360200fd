package org.tclifecycle.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;
import org.tclifecycle.consultation.ConsultationInvitation;
import org.tclifecycle.consultation.ConsultationInvitationRepository;
import org.tclifecycle.design.ProjectDesign;
import org.tclifecycle.design.ProjectDesignRepository;
import org.tclifecycle.execution.ProgressReport;
import org.tclifecycle.execution.ProgressReportRepository;
import org.tclifecycle.funding.FundingDecision;
import org.tclifecycle.funding.FundingDecisionRepository;
import org.tclifecycle.project.ProjectRepository;

/**
 * The values a form submits belong to its task: a later round of the same form (a second consultation plan,
 * a revised design, the next progress report) starts empty, and the domain records keep each round's values
 * (Camunda's history does not keep them again). Every form that can be worked more than once in the cooperation
 * lifecycle is worked twice here.
 */
@IntegrationTest
class FormValuesStayInTheirRoundTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired ProjectRepository projects;
  @Autowired ConsultationInvitationRepository invitations;
  @Autowired ProjectDesignRepository designs;
  @Autowired FundingDecisionRepository fundingDecisions;
  @Autowired ProgressReportRepository reports;
  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  /** The values Tasklist would show on the open task's form. */
  JsonNode formVariables(String user, String taskId) {
    return EngineRest.json(rest.call(user, HttpMethod.GET, "/task/" + taskId + "/form-variables?deserializeValues=false", null));
  }

  void startsEmpty(String user, String key, String taskDefinitionKey, String... fields) {
    String taskId = rest.task(user, key, taskDefinitionKey).get("id").asText();
    JsonNode form = formVariables(user, taskId);
    for (String field : fields) {
      assertThat(form.has(field) && !form.get(field).get("value").isNull()).as(taskDefinitionKey + " starts without " + field).isFalse();
    }
  }

  /** What a form submitted is in the domain records only: neither on its task nor as a process variable in history. */
  void notKeptAgainInHistory(String key, String field) {
    String[] instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).list().stream()
        .map(HistoricProcessInstance::getId).toArray(String[]::new);
    assertThat(history.createHistoricVariableInstanceQuery().variableName(field).processInstanceIdIn(instances).includeDeleted().list())
        .as(field + " in history").isEmpty();
  }

  Long projectId(String key) {
    return projects.findByBusinessKey(key).orElseThrow().getId();
  }

  List<Long> actorIds(String country, String... types) {
    List<String> wanted = List.of(types);
    return StreamSupport.stream(EngineRest.json(rest.api("officer1", HttpMethod.GET, "/api/actors?country=" + country, null)).spliterator(), false)
        .filter(actor -> wanted.contains(actor.get("type").asText())).map(actor -> actor.get("id").asLong()).toList();
  }

  void recordAll(String key) {
    for (JsonNode task : rest.tasks("officer1", key)) {
      if (task.get("taskDefinitionKey").asText().equals("Task_RecordActorInput")) {
        rest.ok(rest.claim("officer1", task.get("id").asText()));
        rest.ok(rest.submit("officer1", task.get("id").asText(), TestData.actorInput()));
      }
    }
  }

  @Test
  void aSecondConsultationPlanAndItsActorInputsStartEmpty() {
    Map<String, Object> request = new LinkedHashMap<>(TestData.request());
    request.put("recommendationIds", List.of(TestData.RECOMMENDATION));
    String key = rest.projectAtAssessmentConsultation(request);
    Map<String, Object> plan = new LinkedHashMap<>(Map.of("invitedActors", actorIds("KE", "GOVERNMENT").stream().map(String::valueOf).toList(),
        "newActorType", "NHRI", "newActorName", "Kenya National Commission on Human Rights (round one)", "newActorContact", "info@knchr.invalid",
        "newActorGanhriStatus", "A", "newActorAccreditedOn", "2023-03-01"));
    rest.work("officer1", key, "Task_PlanConsultation", plan);
    recordAll(key);
    rest.awaitTask(key, "Task_ResolveMissingActors");
    rest.work("officer1", key, "Task_ResolveMissingActors", Map.of("missingActorsResolution", "INVITE_MORE"));
    rest.awaitTask(key, "Task_PlanConsultation");

    startsEmpty("officer1", key, "Task_PlanConsultation", "newActorName", "newActorType", "newActorContact", "invitedActors");
    List<Long> more = new ArrayList<>(actorIds("KE", "JUDICIARY", "CIVIL_SOCIETY"));
    rest.work("officer1", key, "Task_PlanConsultation", Map.of("invitedActors", more.stream().map(String::valueOf).toList()));
    startsEmpty("officer1", key, "Task_RecordActorInput", "inputSummary", "consultationMethod", "participantsWomen");
    recordAll(key);
    rest.awaitTask(key, "Task_DesignProject");
    notKeptAgainInHistory(key, "newActorName");
    notKeptAgainInHistory(key, "invitedActors");
    notKeptAgainInHistory(key, "inputSummary");
    List<ConsultationInvitation> invited = invitations.findByProjectIdOrderByIdAsc(projectId(key));
    assertThat(invited).extracting(invitation -> invitation.getActor().getName())
        .as("the actor the first plan registered").contains("Kenya National Commission on Human Rights (round one)");
    assertThat(invited).extracting(invitation -> invitation.getActor().getId()).as("the actors the second plan invited").containsAll(more);
    assertThat(invited).as("each actor's input, who recorded it and when")
        .allSatisfy(invitation -> assertThat(invitation.getInputSummary()).isEqualTo(TestData.actorInput().get("inputSummary")))
        .allSatisfy(invitation -> assertThat(invitation.getInputRecordedBy()).isEqualTo("officer1"))
        .allSatisfy(invitation -> assertThat(invitation.getInputRecordedAt()).isNotNull());
  }

  @Test
  void aRevisedDesignTheFundingDecisionAfterItAndTheNextProgressReportStartEmpty() {
    String key = rest.projectAtFundingDecision();
    rest.work("manager1", key, "Task_DecideFunding", Map.of("fundingDecision", "REVISE", "fundingJustification", "Add a gender focus."));
    rest.awaitTask(key, "Task_DesignProject");

    startsEmpty("officer1", key, "Task_DesignProject", "objectives", "activities", "indicators", "budget");
    rest.work("officer1", key, "Task_DesignProject", TestData.design());
    rest.consult("officer2", key, "KE", "Task_DecideFunding");
    startsEmpty("manager1", key, "Task_DecideFunding", "fundingJustification");
    rest.work("manager1", key, "Task_DecideFunding", Map.of("fundingDecision", "APPROVE", "fundingJustification", "Meets the criteria."));
    notKeptAgainInHistory(key, "objectives");
    notKeptAgainInHistory(key, "fundingJustification");
    assertThat(designs.findByProjectIdOrderByIdAsc(projectId(key))).extracting(ProjectDesign::getObjectives)
        .as("each design's objectives").containsExactly("Reduce pre-trial detention by 30%.", "Reduce pre-trial detention by 30%.");
    assertThat(fundingDecisions.findByProjectIdOrderByIdAsc(projectId(key))).extracting(FundingDecision::getJustification)
        .as("each funding decision's justification").containsExactly("Add a gender focus.", "Meets the criteria.");

    String instance = projects.findByBusinessKey(key).orElseThrow().getProcessInstanceId();
    for (int round = 1; round <= 2; round++) {
      management.executeJob(management.createJobQuery().processInstanceId(instance).activityId("Event_ProgressReportDue").singleResult().getId());
      startsEmpty("officer1", key, "Task_ReportProgress", "progressSummary", "indicatorProgress");
      rest.work("officer1", key, "Task_ReportProgress", Map.of("progressSummary", "Round " + round + ".", "indicatorProgress", "12% fewer"));
    }
    notKeptAgainInHistory(key, "progressSummary");
    assertThat(reports.findByProjectIdOrderByIdAsc(projectId(key))).filteredOn(report -> report.getKind() == ProgressReport.Kind.PROGRESS)
        .extracting(ProgressReport::getSummary).as("each progress report's summary").containsExactly("Round 1.", "Round 2.");
  }
}
