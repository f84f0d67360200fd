package org.tclifecycle.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;

/** Two officers complete the same task at once: one succeeds, the other is told why it did not. */
@IntegrationTest
class ConcurrentCompletionTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;

  @Test
  void theSecondOfTwoSimultaneousCompletionsGets409WithAClearMessage() throws Exception {
    EngineRest rest = new EngineRest(http, port);
    String key = EngineRest.json(rest.correlate("officer1", "RequestSubmitted", null, TestData.request()))
        .get(0).get("processInstance").get("businessKey").asText();
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> rest.task("officer1", key, "Task_ScreenRequest"));
    String taskId = rest.task("officer1", key, "Task_ScreenRequest").get("id").asText();

    CyclicBarrier together = new CyclicBarrier(2);
    List<CompletableFuture<ResponseEntity<String>>> attempts = List.of("officer1", "officer2").stream()
        .map(user -> CompletableFuture.supplyAsync(() -> {
          try {
            together.await();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return rest.complete(user, taskId, Map.of("screeningOutcome", "COMPLETE"));
        })).toList();
    List<Integer> statuses = attempts.stream().map(CompletableFuture::join).map(r -> r.getStatusCode().value()).sorted().toList();
    assertThat(statuses).containsExactly(204, 409);
    String message = attempts.stream().map(CompletableFuture::join).filter(r -> r.getStatusCode().value() == 409)
        .findFirst().orElseThrow().getBody();
    assertThat(message).containsAnyOf("already completed", "changed by someone else");

    ResponseEntity<String> late = rest.complete("officer2", taskId, Map.of("screeningOutcome", "COMPLETE"));
    assertThat(late.getStatusCode().value()).isEqualTo(409);
    assertThat(late.getBody()).contains("Screen request: " + key + " (Kenya) was already completed");
  }
}
