package org.tclifecycle.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;

@IntegrationTest
class OperationsEndpointsTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;

  @Test
  void healthShowsTheDatabaseTheEngineAndTheJobExecutorToAnyone() {
    ResponseEntity<String> health = http.getForEntity("http://localhost:" + port + "/actuator/health", String.class);
    assertThat(health.getStatusCode().value()).isEqualTo(200);
    JsonNode components = EngineRest.json(health).get("components");
    assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
    assertThat(components.get("jobExecutor").get("status").asText()).isEqualTo("UP");
    assertThat(components.get("processEngine").get("status").asText()).isEqualTo("UP");
    assertThat(health.getBody()).doesNotContain("details");
  }

  @Test
  void prometheusCountsInstancesIncidentsAndJobsForTheMonitoringGroup() {
    EngineRest rest = new EngineRest(http, port);
    rest.ok(rest.correlate("officer1", "RequestSubmitted", null, TestData.request()));
    String url = "http://localhost:" + port + "/actuator/prometheus";
    assertThat(http.getForEntity(url, String.class).getStatusCode().value()).isEqualTo(401);
    ResponseEntity<String> metrics = http.withBasicAuth("monitor1", EngineRest.DEMO_PASSWORD).exchange(url, HttpMethod.GET, null, String.class);
    assertThat(metrics.getStatusCode().value()).isEqualTo(200);
    assertThat(metrics.getBody()).contains("tc_process_instances_started_total", "tc_process_instances_ended",
        "tc_incidents_open", "tc_jobs_executed_total", "tc_jobs_failed_total");
    String started = metrics.getBody().lines().filter(line -> line.startsWith("tc_process_instances_started_total")).findFirst().orElseThrow();
    assertThat(Double.parseDouble(started.substring(started.lastIndexOf(' ') + 1))).isGreaterThanOrEqualTo(1.0);
  }
}
