package org.tclifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * An engine call that finds no database connection (the server out of reach, or the pool's connections all
 * taken longer than its timeout) is not the caller's fault: Camunda's REST API answers it 503 with a
 * Retry-After, as our API does, where Camunda answered 500. The outage over HTTP: DatabaseOutageTest.
 */
class EngineOutageMappingTest {

  final EngineRestConfig.OutageBehindEngineFailure mapper = new EngineRestConfig.OutageBehindEngineFailure();

  @Test
  void aFailureForWantOfAConnectionIs503WithRetryAfter() {
    var response = mapper.toResponse(new ProcessEngineException("could not open connection",
        new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms")));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("10");
    assertThat(String.valueOf(response.getMediaType())).isEqualTo("application/problem+json");
    assertThat(problem(response)).containsEntry("status", 503).containsEntry("title", "Service Unavailable")
        .containsEntry("detail", "The database cannot be reached at the moment; nothing was changed. Try again shortly.");
  }

  @Test
  void aFrenchCallerReadsTheOutageInFrench() {
    MockHttpServletRequest french = new MockHttpServletRequest();
    french.addHeader("Accept-Language", "fr-CH, en;q=0.5");
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(french));
    try {
      var response = mapper.toResponse(new ProcessEngineException("could not open connection",
          new SQLTransientConnectionException("Connection is not available")));

      assertThat(problem(response)).containsEntry("title", "Service indisponible")
          .containsEntry("detail", "La base de données est injoignable pour le moment ; rien n’a été modifié. Réessayez dans un instant.");
    } finally {
      RequestContextHolder.resetRequestAttributes();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> problem(jakarta.ws.rs.core.Response response) {
    assertThat(response.getEntity()).isInstanceOf(Map.class);
    return (Map<String, Object>) response.getEntity();
  }

  @Test
  void anyOtherEngineFailureKeepsCamundasAnswer() {
    var response = mapper.toResponse(new ProcessEngineException("Unknown property used in expression"));

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(String.valueOf(response.getEntity())).doesNotContain("database cannot be reached");
  }

  @Test
  void aRefusedConnectionToAnotherSystemIsNoDatabaseOutage() {
    var response = mapper.toResponse(new ProcessEngineException("Notification gateway unreachable",
        new java.net.ConnectException("Connection refused")));

    assertThat(response.getStatus()).isEqualTo(500);
  }
}
