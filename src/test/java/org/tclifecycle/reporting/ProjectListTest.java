package org.tclifecycle.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** The project list pages newest first and says whether a next page exists, without counting every project. */
@IntegrationTest
class ProjectListTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  @Test
  void pagesWalkEveryProjectOnceNewestFirstAndTheLastSaysSo() {
    List<String> registered = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Map<String, Object> request = new LinkedHashMap<>(TestData.request());
      request.put("recommendationIds", List.of(TestData.RECOMMENDATION));
      ResponseEntity<String> created = rest.api("external1", HttpMethod.POST, "/api/requests", request);
      assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
      registered.add(EngineRest.json(created).get("businessKey").asText());
    }

    List<String> walked = new ArrayList<>();
    boolean hasNext = true;
    for (int page = 0; hasNext; page++) {
      JsonNode answer = EngineRest.json(rest.api("manager1", HttpMethod.GET, "/api/projects?country=KE&size=2&page=" + page, null));
      assertThat(answer.get("page").asInt()).isEqualTo(page);
      assertThat(answer.has("total")).isFalse();
      answer.get("items").forEach(item -> walked.add(item.get("businessKey").asText()));
      hasNext = answer.get("hasNext").asBoolean();
      if (hasNext) {
        assertThat(answer.get("items")).hasSize(2);
      } else {
        assertThat(answer.get("items").size()).as("the last page is never empty").isBetween(1, 2);
      }
    }
    assertThat(walked).doesNotHaveDuplicates().containsAll(registered);
    assertThat(walked).isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(walked.subList(0, 3)).as("the three just registered come first").containsExactly(registered.get(2), registered.get(1), registered.get(0));

    JsonNode beyond = EngineRest.json(rest.api("manager1", HttpMethod.GET,
        "/api/projects?country=KE&size=2&page=" + (walked.size() / 2 + 1), null));
    assertThat(beyond.get("items")).isEmpty();
    assertThat(beyond.get("hasNext").asBoolean()).isFalse();
  }
}
