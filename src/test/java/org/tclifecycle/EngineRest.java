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
      headers.setBasicAuth(user, DEMO_PASSWORD);
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
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
        tasks(user, businessKey).stream().anyMatch(next -> next.get("taskDefinitionKey").asText().equals(nextTask))
            || tasks("manager1", businessKey).stream().anyMatch(next -> next.get("taskDefinitionKey").asText().equals(nextTask)));
  }

  private static HttpHeaders authenticated(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, DEMO_PASSWORD);
    return headers;
  }

  /** What an officer does in Tasklist: claim the task, then submit its form. */
  public void work(String user, String businessKey, String taskDefinitionKey, Map<String, ?> values) {
    String taskId = task(user, businessKey, taskDefinitionKey).get("id").asText();
    ok(claim(user, taskId));
    ok(complete(user, taskId, values));
  }
}
