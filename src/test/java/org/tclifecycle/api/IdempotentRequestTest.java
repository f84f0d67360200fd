package org.tclifecycle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.project.ProjectRepository;

@IntegrationTest
class IdempotentRequestTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ProjectRepository projects;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(http, port);
  }

  ResponseEntity<String> submit(String key, Map<String, Object> body) {
    return api.call("external1", HttpMethod.POST, "/api/requests", body, Map.of("Idempotency-Key", key));
  }

  @Test
  void twentyConcurrentRetriesWithOneKeyCreateExactlyOneProject() throws Exception {
    long before = projects.count();
    Map<String, Object> body = Api.request("SN");
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Callable<ResponseEntity<String>>> calls = IntStream.range(0, 20)
          .<Callable<ResponseEntity<String>>>mapToObj(i -> () -> submit("retry-key-0001", body)).toList();
      List<ResponseEntity<String>> responses = pool.invokeAll(calls).stream().map(IdempotentRequestTest::get).toList();
      assertThat(responses).allSatisfy(response -> assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201));
      assertThat(responses.stream().map(r -> Api.read(r).get("businessKey").asText()).distinct()).hasSize(1);
      assertThat(responses.stream().map(r -> r.getHeaders().getLocation()).distinct()).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(projects.count()).isEqualTo(before + 1);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefusedAndASequentialRetryGetsTheSameProject() {
    ResponseEntity<String> first = submit("retry-key-0002", Api.request("KE"));
    ResponseEntity<String> retry = submit("retry-key-0002", Api.request("KE"));
    assertThat(first.getStatusCode().value()).isEqualTo(201);
    assertThat(retry.getStatusCode().value()).isEqualTo(201);
    assertThat(Api.read(retry).get("businessKey")).isEqualTo(Api.read(first).get("businessKey"));
    long before = projects.count();
    Map<String, Object> other = Api.request("KE");
    other.put("summary", "Something else entirely.");
    ResponseEntity<String> conflict = submit("retry-key-0002", other);
    assertThat(conflict.getStatusCode().value()).isEqualTo(422);
    assertThat(conflict.getBody()).contains("retry-key-0002");
    assertThat(projects.count()).isEqualTo(before);
    assertThat(api.call("external2", HttpMethod.POST, "/api/requests", Api.request("BR"), Map.of("Idempotency-Key", "retry-key-0002"))
        .getStatusCode().value()).as("keys belong to their caller").isEqualTo(201);
  }

  @Test
  void stateChangingCallsAreAuditedForManagers() {
    String key = api.create("external1", "KE");
    api.call("external1", HttpMethod.POST, "/api/recommendations/" + org.tclifecycle.TestData.RECOMMENDATION + "/status",
        Map.of("projectKey", key, "status", "NOT_STARTED", "evidence", "Nothing yet."));
    var trail = Api.read(api.call("manager1", HttpMethod.GET, "/api/audit?target=" + key, null)).get("items");
    assertThat(trail.findValuesAsText("action")).containsExactly("RECOMMENDATION_STATUS", "REQUEST_SUBMITTED");
    assertThat(trail.findValuesAsText("actor")).containsOnly("external1");
  }

  private static ResponseEntity<String> get(Future<ResponseEntity<String>> future) {
    try {
      return future.get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
