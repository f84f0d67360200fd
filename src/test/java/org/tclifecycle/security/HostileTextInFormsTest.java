package org.tclifecycle.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;

/**
 * A Kenyan ministry registered with a name written as Markdown (a link to another site and a remote image):
 * the officer's Record input form receives the name with every markup character escaped, so form-js
 * shows it as typed; the registry keeps the name as it was given.
 */
@IntegrationTest
class HostileTextInFormsTest {

  static final String HOSTILE = "CHRAJ [Sign in again](https://evil.example/login) ![logo](https://evil.example/p.png)";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;

  @Test
  void anActorsNameReachesTheFormAsPlainText() {
    EngineRest rest = new EngineRest(http, port);
    Map<String, Object> actor = new HashMap<>(Map.of("countryCode", "KE", "type", "GOVERNMENT", "name", HOSTILE,
        "contact", "contact@example.org"));
    ResponseEntity<String> added = rest.api("officer1", HttpMethod.POST, "/api/actors", actor);
    assertThat(added.getStatusCode().value()).as(added.getBody()).isEqualTo(201);
    long actorId = EngineRest.json(added).get("id").asLong();

    Map<String, Object> request = new LinkedHashMap<>(TestData.request());
    request.put("recommendationIds", List.of(TestData.RECOMMENDATION));
    String key = rest.projectAtAssessmentConsultation(request, TestData.assessment());
    rest.work("officer1", key, "Task_PlanConsultation", Map.of("invitedActors", List.of(String.valueOf(actorId))));
    rest.awaitTask(key, "Task_RecordActorInput");
    String taskId = rest.task("officer1", key, "Task_RecordActorInput").get("id").asText();

    JsonNode shown = rest.ok(rest.call("officer1", HttpMethod.GET, "/task/" + taskId + "/form-variables?deserializeValues=false", null));
    String name = shown.get("actorName").get("value").asText();
    assertThat(name).doesNotContain("](").doesNotContain("![").contains("\\[Sign in again\\]");
    assertThat(name.replace("\\", "")).startsWith(HOSTILE);
    JsonNode actors = EngineRest.json(rest.api("officer1", HttpMethod.GET, "/api/actors?country=KE", null));
    assertThat(actors.findValuesAsText("name")).contains(HOSTILE);
  }
}
