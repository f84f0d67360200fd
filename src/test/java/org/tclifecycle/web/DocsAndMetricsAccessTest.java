package org.tclifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;

/** The API documentation for accounts with a role in the product; the metrics for administrators and monitoring. */
@IntegrationTest
class DocsAndMetricsAccessTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  String withoutRole;

  @BeforeEach
  void anAccountWithoutAnyGroup() {
    withoutRole = "norole" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    User user = identityService.newUser(withoutRole);
    user.setPassword(EngineRest.DEMO_PASSWORD);
    identityService.saveUser(user);
  }

  int status(String user, String password, String path) {
    TestRestTemplate client = user == null ? http : http.withBasicAuth(user, password);
    ResponseEntity<String> response = client.exchange("http://localhost:" + port + path, HttpMethod.GET, null, String.class);
    return response.getStatusCode().value();
  }

  int status(String user, String path) {
    return status(user, EngineRest.DEMO_PASSWORD, path);
  }

  @Test
  void everyFormOfTheOpenApiDocumentNeedsCredentialsAndARole() {
    for (String path : new String[] {"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/swagger-ui/index.html"}) {
      assertThat(status(null, path)).as("anonymous " + path).isEqualTo(401);
      assertThat(status(withoutRole, path)).as("an account without a role " + path).isEqualTo(403);
      assertThat(status("monitor1", path)).as("the monitoring account " + path).isEqualTo(403);
      assertThat(status("external1", path)).as("an external system " + path).isEqualTo(200);
      assertThat(status("officer1", path)).as("an officer " + path).isEqualTo(200);
    }
    assertThat(status("contributor1", "/v3/api-docs.yaml")).isEqualTo(200);
  }

  @Test
  void metricsAreForTheMonitoringGroupAndAdministratorsOnly() {
    String metrics = "/actuator/prometheus";
    assertThat(status(null, metrics)).isEqualTo(401);
    for (String user : new String[] {"officer1", "manager1", "external1", "contributor1", withoutRole}) {
      assertThat(status(user, metrics)).as(user).isEqualTo(403);
    }
    assertThat(status("monitor1", metrics)).isEqualTo(200);
    assertThat(status("admin", "Steward-2026!", metrics)).isEqualTo(200);
  }
}
