package org.tclifecycle.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;
import org.tclifecycle.project.ProjectRepository;

/**
 * UPR recommendations through a project over HTTP: linked from the registry at the needs assessment,
 * reviewed periodically by officers while the project runs, reported on by partners, reviewed a last
 * time when execution ends, every status change kept.
 */
@IntegrationTest
class UprFollowUpTest {

  static final String SENEGAL_RECOMMENDATION = TestData.recommendationFor("SN");

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ProjectRepository projects;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  /** A KE project whose request cites a sample recommendation and one the registry does not hold. */
  String atNeedsAssessment(String unknownRecommendation) {
    Map<String, Object> request = new LinkedHashMap<>(TestData.request());
    request.put("recommendationIds", List.of(TestData.RECOMMENDATION, unknownRecommendation));
    return rest.projectAtNeedsAssessment(request);
  }

  JsonNode variable(String taskId, String name) {
    return EngineRest.json(rest.call("officer1", HttpMethod.GET, "/task/" + taskId + "/variables/" + name + "?deserializeValue=false", null));
  }

  @Test
  void theAssessmentOffersTheStatesRecommendationsAsSupportedOrNotedAndLinksOnlyThose() throws Exception {
    String unknown = UUID.randomUUID().toString();
    String key = atNeedsAssessment(unknown);
    String taskId = rest.task("officer1", key, "Task_AssessNeeds").get("id").asText();

    JsonNode options = new ObjectMapper().readTree(variable(taskId, "recommendationOptions").get("value").asText());
    assertThat(options).hasSize(7);
    Map<String, String> labels = new LinkedHashMap<>();
    options.forEach(option -> labels.put(option.get("value").asText(), option.get("label").asText()));
    assertThat(labels.get(TestData.RECOMMENDATION)).startsWith("A/HRC/99/10 (Recommending State A (made-up)) · UPR · Supported · SDG 16.3");
    assertThat(labels.get(TestData.NOTED_RECOMMENDATION)).contains("· Noted").contains("Death penalty");
    assertThat(variable(taskId, "recommendationIds").get("value").asText()).isEqualTo("[\"" + TestData.RECOMMENDATION + "\"]");
    assertThat(variable(taskId, "unregisteredRecommendations").get("value").asText()).isEqualTo(unknown);

    rest.ok(rest.claim("officer1", taskId));
    Map<String, Object> assessment = TestData.assessment();
    assessment.put("recommendationIds", List.of(TestData.RECOMMENDATION, SENEGAL_RECOMMENDATION));
    ResponseEntity<String> refused = rest.submit("officer1", taskId, assessment);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("UPR recommendations addressed: must be recommendations to KE in the recommendation registry; not found: "
        + SENEGAL_RECOMMENDATION);

    assessment.put("recommendationIds", List.of(TestData.RECOMMENDATION, TestData.NOTED_RECOMMENDATION));
    rest.ok(rest.submit("officer1", taskId, assessment));
    assertThat(projects.findByBusinessKey(key).orElseThrow().getRecommendationIds())
        .containsExactlyInAnyOrder(TestData.RECOMMENDATION, TestData.NOTED_RECOMMENDATION);
  }

  @Test
  void periodicReviewsPartnerReportsAndTheFinalReviewAreAllKept() {
    String key = atNeedsAssessment(UUID.randomUUID().toString());
    Map<String, Object> assessment = TestData.assessment();
    assessment.put("recommendationIds", List.of(TestData.RECOMMENDATION, TestData.NOTED_RECOMMENDATION));
    rest.designedAndFunded(key, "KE", assessment);

    ProcessInstance followUp = runtime.createProcessInstanceQuery().processDefinitionKey("upr-follow-up")
        .processInstanceBusinessKey(key).singleResult();
    assertThat(followUp).as("execution started the periodic follow-up").isNotNull();
    management.executeJob(management.createJobQuery().processInstanceId(followUp.getId()).timers().singleResult().getId());
    report("Task_ReportRecommendationStatus", key, Map.of(TestData.RECOMMENDATION, "IN_PROGRESS",
        TestData.NOTED_RECOMMENDATION, "NOT_STARTED"));

    ResponseEntity<String> partner = rest.api("external1", HttpMethod.POST, "/api/recommendations/" + TestData.RECOMMENDATION + "/status",
        Map.of("projectKey", key, "status", "PARTIALLY_IMPLEMENTED", "evidence", "Bail guidelines published by the judiciary."));
    assertThat(partner.getStatusCode().value()).isEqualTo(201);

    rest.executed(key, "KE");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(followUp.getId()).singleResult().getEndActivityId())
        .isEqualTo("EndEvent_FollowUpEnded");
    report("Task_FollowUpRecommendation", key, Map.of(TestData.RECOMMENDATION, "FULLY_IMPLEMENTED",
        TestData.NOTED_RECOMMENDATION, "NOT_STARTED"));

    JsonNode linked = EngineRest.json(rest.api("external1", HttpMethod.GET, "/api/projects/" + key + "/recommendations", null));
    JsonNode supported = find(linked, TestData.RECOMMENDATION);
    assertThat(supported.get("latestStatus").asText()).isEqualTo("FULLY_IMPLEMENTED");
    assertThat(supported.get("recommendation").get("symbol").asText()).isEqualTo("A/HRC/99/10");
    assertThat(supported.get("history").findValuesAsText("source")).containsExactly("PERIODIC_REVIEW", "PARTNER", "FINAL_REVIEW");
    assertThat(supported.get("history").findValuesAsText("status")).containsExactly("IN_PROGRESS", "PARTIALLY_IMPLEMENTED", "FULLY_IMPLEMENTED");
    assertThat(supported.get("history").findValuesAsText("recordedBy")).containsExactly("officer1", "external1", "officer1");
    assertThat(find(linked, TestData.NOTED_RECOMMENDATION).get("recommendation").get("uprPosition").asText()).isEqualTo("NOTED");
    assertThat(rest.api("external2", HttpMethod.GET, "/api/projects/" + key + "/recommendations", null).getStatusCode().value())
        .as("another State's partner").isEqualTo(404);
  }

  /** Works every open task of the kind, reporting the status given for the task's recommendation. */
  void report(String taskDefinitionKey, String key, Map<String, String> statusByRecommendation) {
    List<String> reported = new ArrayList<>();
    for (JsonNode task : rest.tasks("officer1", key)) {
      if (task.get("taskDefinitionKey").asText().equals(taskDefinitionKey)) {
        String recommendation = variable(task.get("id").asText(), "recommendationId").get("value").asText();
        rest.ok(rest.claim("officer1", task.get("id").asText()));
        rest.ok(rest.submit("officer1", task.get("id").asText(), Map.of("recommendationId", recommendation,
            "implementationStatus", statusByRecommendation.get(recommendation), "evidence", "Reviewed with the ministry.")));
        reported.add(recommendation);
      }
    }
    assertThat(reported).containsExactlyInAnyOrderElementsOf(statusByRecommendation.keySet());
  }

  static JsonNode find(JsonNode linked, String recommendationId) {
    for (JsonNode link : linked) {
      if (link.get("recommendationId").asText().equals(recommendationId)) {
        return link;
      }
    }
    throw new AssertionError(recommendationId + " not linked");
  }
}
