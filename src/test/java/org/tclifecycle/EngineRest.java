package org.tclifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Camunda's REST API as an external system, an officer or a manager calls it: JSON over HTTP with Basic auth. */
public class EngineRest {

  public static final String DEMO_PASSWORD = "Demo-2026!";
  /** The demo profile's administrator (application-demo.yaml). */
  public static final String ADMIN_PASSWORD = "Steward-2026!";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate http;
  private final String baseUrl;

  public EngineRest(TestRestTemplate http, int port) {
    this.http = http;
    this.baseUrl = "http://localhost:" + port + "/engine-rest";
  }

  public ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (user != null) {
      headers.setBasicAuth(user, password(user));
    }
    return http.exchange(baseUrl + path, method, new HttpEntity<>(body, headers), String.class);
  }

  public JsonNode ok(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.toString()).isTrue();
    return json(response);
  }

  public static JsonNode json(ResponseEntity<String> response) {
    try {
      return response.getBody() == null ? JSON.nullNode() : JSON.readTree(response.getBody());
    } catch (Exception e) {
      throw new IllegalStateException("Not JSON: " + response.getBody(), e);
    }
  }

  /** Camunda REST variables: {"name": {"value": v}}; collections travel as JSON variables, like Tasklist's checklists. */
  public static Map<String, Object> variables(Map<String, ?> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      if (value instanceof Collection<?> list) {
        try {
          variables.put(name, Map.of("value", JSON.writeValueAsString(list), "type", "Json"));
        } catch (Exception e) {
          throw new IllegalArgumentException(e);
        }
      } else {
        variables.put(name, Map.of("value", value));
      }
    });
    return variables;
  }

  public ResponseEntity<String> correlate(String user, String message, String businessKey, Map<String, ?> values) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messageName", message);
    body.put("resultEnabled", true);
    if (businessKey != null) {
      body.put("businessKey", businessKey);
    }
    body.put("processVariables", variables(values));
    return call(user, HttpMethod.POST, "/message", body);
  }

  public List<JsonNode> tasks(String user, String businessKey) {
    JsonNode tasks = ok(call(user, HttpMethod.GET, "/task?firstResult=0&maxResults=200&processInstanceBusinessKey=" + businessKey, null));
    return java.util.stream.StreamSupport.stream(tasks.spliterator(), false).toList();
  }

  /** The open task, or null when {@code required} is false and there is none the user can see. */
  public JsonNode task(String user, String businessKey, String taskDefinitionKey, boolean required) {
    return required ? task(user, businessKey, taskDefinitionKey) : tasks(user, businessKey).stream()
        .filter(t -> t.get("taskDefinitionKey").asText().equals(taskDefinitionKey)).findFirst().orElse(null);
  }

  public JsonNode task(String user, String businessKey, String taskDefinitionKey) {
    return tasks(user, businessKey).stream()
        .filter(t -> t.get("taskDefinitionKey").asText().equals(taskDefinitionKey))
        .findFirst().orElseThrow(() -> new AssertionError("No open task " + taskDefinitionKey + " for " + businessKey));
  }

  public ResponseEntity<String> claim(String user, String taskId) {
    return call(user, HttpMethod.POST, "/task/" + taskId + "/claim", Map.of("userId", user));
  }

  public ResponseEntity<String> complete(String user, String taskId, Map<String, ?> values) {
    return call(user, HttpMethod.POST, "/task/" + taskId + "/complete", Map.of("variables", variables(values)));
  }

  /**
   * A covered consultation, as officers do it in Tasklist: plan it inviting every registered actor of the
   * State, record each one's input, then wait for the project to reach its next task.
   */
  public void consult(String user, String businessKey, String countryCode, String nextTask) {
    List<Long> actors = new ArrayList<>();
    ok(http.exchange(baseUrl.replace("/engine-rest", "/api/actors?country=" + countryCode), HttpMethod.GET,
        new HttpEntity<>(authenticated(user)), String.class)).forEach(actor -> actors.add(actor.get("id").asLong()));
    work(user, businessKey, "Task_PlanConsultation", Map.of("invitedActors", actors.stream().map(String::valueOf).toList()));
    for (JsonNode input : tasks(user, businessKey)) {
      if (input.get("taskDefinitionKey").asText().equals("Task_RecordActorInput")) {
        ok(claim(user, input.get("id").asText()));
        ok(complete(user, input.get("id").asText(), TestData.actorInput()));
      }
    }
    awaitTask(businessKey, nextTask);
  }

  /** A call to our own API under /api, JSON in and out. */
  public ResponseEntity<String> api(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = authenticated(user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    try {
      return http.exchange(baseUrl.replace("/engine-rest", "") + path, method,
          new HttpEntity<>(body == null ? null : JSON.writeValueAsString(body), headers), String.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A request body sent as is, with its media type (a file upload that is not JSON, say). */
  public ResponseEntity<String> send(String user, HttpMethod method, String path, MediaType type, byte[] body) {
    HttpHeaders headers = user == null ? new HttpHeaders() : authenticated(user);
    headers.setContentType(type);
    return http.exchange(baseUrl.replace("/engine-rest", "") + path, method, new HttpEntity<>(body, headers), String.class);
  }

  /** A file upload as a browser sends it: multipart/form-data with the file in the part {@code file}. */
  public ResponseEntity<String> upload(String user, String path, String fileName, byte[] content) {
    HttpHeaders headers = authenticated(user);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    org.springframework.util.LinkedMultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
    form.add("file", new org.springframework.core.io.ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    return http.exchange(baseUrl.replace("/engine-rest", "") + path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
  }

  /**
   * A project requested by an officer through the API, screened, consented to and assessed: it waits for the
   * officer to plan the consultation on its assessment.
   */
  public String projectAtAssessmentConsultation(Map<String, Object> request) {
    return projectAtAssessmentConsultation(request, TestData.assessment((String) request.get("countryCode")));
  }

  public String projectAtAssessmentConsultation(Map<String, Object> request, Map<String, Object> assessment) {
    String key = projectAtNeedsAssessment(request);
    work("officer1", key, "Task_AssessNeeds", assessment);
    awaitTask(key, "Task_PlanConsultation");
    return key;
  }

  /** A Kenyan project citing a registered recommendation, assessed, designed and consulted on: Decide funding is open. */
  public String projectAtFundingDecision() {
    Map<String, Object> request = new LinkedHashMap<>(TestData.request());
    request.put("recommendationIds", List.of(TestData.RECOMMENDATION));
    String key = projectAtNeedsAssessment(request);
    Map<String, Object> assessment = TestData.assessment();
    assessment.put("recommendationIds", List.of(TestData.RECOMMENDATION));
    atFundingDecision(key, "KE", assessment, TestData.design());
    return key;
  }

  /** A project requested by an officer through the API, screened and consented to: its needs assessment is open. */
  public String projectAtNeedsAssessment(Map<String, Object> request) {
    ResponseEntity<String> created = api("officer1", HttpMethod.POST, "/api/requests", request);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    String key = json(created).get("businessKey").asText();
    awaitTask(key, "Task_ScreenRequest");
    work("officer1", key, "Task_ScreenRequest", Map.of("screeningOutcome", "COMPLETE"));
    awaitTask(key, "Task_RecordConsent");
    Map<String, Object> consent = Map.of("decision", "GIVEN", "signatory", "H.E. the Minister",
        "date", java.time.LocalDate.now().minusDays(1).toString(), "reference", "NV/2026/9");
    assertThat(api("officer1", HttpMethod.POST, "/api/requests/" + key + "/consent", consent).getStatusCode().value()).isEqualTo(200);
    awaitTask(key, "Task_AssessNeeds");
    return key;
  }

  /** From the needs assessment to approved funding: each stage's consultation covered, officer1 designs, manager1 decides. */
  public void designedAndFunded(String key, String countryCode, Map<String, ?> assessment) {
    atFundingDecision(key, countryCode, assessment, TestData.design());
    work("manager1", key, "Task_DecideFunding", Map.of("fundingDecision", "APPROVE", "fundingJustification", "Meets the criteria."));
  }

  /** Assessed, designed by officer1 and consulted on at both stages: the criteria are evaluated, a manager's decision is open. */
  public void atFundingDecision(String key, String countryCode, Map<String, ?> assessment, Map<String, ?> design) {
    work("officer1", key, "Task_AssessNeeds", assessment);
    consult("officer1", key, countryCode, "Task_DesignProject");
    work("officer1", key, "Task_DesignProject", design);
    consult("officer2", key, countryCode, "Task_DecideFunding");
  }

  /** Execution reviewed, consulted on and ended: the final follow-up of the linked recommendations is open. */
  public void executed(String key, String countryCode) {
    work("officer1", key, "Task_ReviewExecution", Map.of("reviewSummary", "On track.", "indicatorProgress", "25% fewer"));
    consult("officer1", key, countryCode, "Task_RecordExecutionEnd");
    Map<String, Object> end = new java.util.HashMap<>(TestData.finalIndicatorValues());
    end.put("endSummary", "All activities delivered.");
    work("officer1", key, "Task_RecordExecutionEnd", end);
  }

  /** Waits until the task is open for an officer, a manager or the Board's secretariat. */
  public void awaitTask(String businessKey, String taskDefinitionKey) {
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
        task("officer1", businessKey, taskDefinitionKey, false) != null || task("manager1", businessKey, taskDefinitionKey, false) != null
        || task("secretary1", businessKey, taskDefinitionKey, false) != null);
  }

  public static String password(String user) {
    return "admin".equals(user) ? ADMIN_PASSWORD : DEMO_PASSWORD;
  }

  /** The State's account gives consent through our API, the way a State's system does. */
  public void giveConsent(String user, String businessKey) {
    Map<String, Object> consent = Map.of("decision", "GIVEN", "signatory", "H.E. the Permanent Representative",
        "date", java.time.LocalDate.now().minusDays(2).toString(), "reference", "NV/2026/117",
        "scope", "Technical assistance to the judiciary");
    ResponseEntity<String> given = api(user, HttpMethod.POST, "/api/requests/" + businessKey + "/consent", consent);
    assertThat(given.getStatusCode().value()).as(given.getBody()).isEqualTo(200);
  }

  private static HttpHeaders authenticated(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password(user));
    return headers;
  }

  /**
   * Submits a task's form the way Tasklist does: the values replace those the form was prefilled with
   * (a plain completion would leave a prefilled task variable in place).
   */
  public ResponseEntity<String> submit(String user, String taskId, Map<String, ?> values) {
    return call(user, HttpMethod.POST, "/task/" + taskId + "/submit-form", Map.of("variables", variables(values)));
  }

  /** What an officer does in Tasklist: claim the task, then submit its form. */
  public void work(String user, String businessKey, String taskDefinitionKey, Map<String, ?> values) {
    String taskId = task(user, businessKey, taskDefinitionKey).get("id").asText();
    ok(claim(user, taskId));
    ok(submit(user, taskId, values));
  }

  /** A facts table of a task's variables (JSON given as text, as Tasklist reads it): each row's cells joined by " | ". */
  public static List<String> tableRows(JsonNode variables, String variable, String... columns) throws java.io.IOException {
    assertThat(variables.has(variable)).as(variable).isTrue();
    List<String> rows = new ArrayList<>();
    for (JsonNode row : new ObjectMapper().readTree(variables.get(variable).get("value").asText())) {
      List<String> cells = new ArrayList<>();
      for (String column : columns) {
        cells.add(row.get(column).asText());
      }
      rows.add(String.join(" | ", cells));
    }
    return rows;
  }
}
