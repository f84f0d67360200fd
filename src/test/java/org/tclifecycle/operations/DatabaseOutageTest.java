package org.tclifecycle.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TcpProxy;
import org.tclifecycle.TestDatabase;

/**
 * PostgreSQL unreachable for 10 seconds (the relay between the application and the server is cut): our API and
 * Camunda's REST API answer 503 problem+json meanwhile, and work again afterwards without a restart.
 */
@EnabledIf("org.tclifecycle.TestDatabase#onPostgres")
@IntegrationTest
class DatabaseOutageTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;

  ResponseEntity<String> listProjects() {
    return http.withBasicAuth("officer1", EngineRest.DEMO_PASSWORD)
        .exchange("http://localhost:" + port + "/api/projects?size=1", HttpMethod.GET, null, String.class);
  }

  ResponseEntity<String> listTasksOverEngineRestInFrench() {
    HttpHeaders french = new HttpHeaders();
    french.set(HttpHeaders.ACCEPT_LANGUAGE, "fr");
    return http.withBasicAuth("officer1", EngineRest.DEMO_PASSWORD)
        .exchange("http://localhost:" + port + "/engine-rest/task?maxResults=1", HttpMethod.GET, new HttpEntity<>(french), String.class);
  }

  ResponseEntity<String> listTasksOverEngineRest() {
    return http.withBasicAuth("officer1", EngineRest.DEMO_PASSWORD)
        .exchange("http://localhost:" + port + "/engine-rest/task?maxResults=1", HttpMethod.GET, null, String.class);
  }

  @Test
  void theApiAnswers503DuringATenSecondOutageAndRecoversWithoutARestart() throws Exception {
    TcpProxy relay = TestDatabase.relay();
    assertThat(listProjects().getStatusCode().value()).isEqualTo(200);

    relay.cut();
    long outageEnds = System.currentTimeMillis() + 10_000;
    List<Integer> duringOutage = new ArrayList<>();
    List<String> frenchBodies = new ArrayList<>();
    try {
      while (System.currentTimeMillis() < outageEnds - 3_500) {
        for (ResponseEntity<String> response : List.of(listProjects(), listTasksOverEngineRest())) {
          duringOutage.add(response.getStatusCode().value());
          if (response.getStatusCode().value() == 503) {
            assertThat(String.valueOf(response.getHeaders().getContentType())).startsWith("application/problem+json");
            assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("10");
            assertThat(response.getBody()).contains("database cannot be reached");
          }
        }
        ResponseEntity<String> french = listTasksOverEngineRestInFrench();
        duringOutage.add(french.getStatusCode().value());
        frenchBodies.add(french.getBody());
      }
      Thread.sleep(Math.max(0, outageEnds - System.currentTimeMillis()));
    } finally {
      relay.restore();
    }

    assertThat(duringOutage).isNotEmpty().containsOnly(503);
    assertThat(frenchBodies).allSatisfy(body -> assertThat(body).contains("Service indisponible", "La base de données est injoignable"));
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
        .until(() -> listProjects().getStatusCode().value() == 200);
    assertThat(listTasksOverEngineRest().getStatusCode().value()).isEqualTo(200);
  }
}
