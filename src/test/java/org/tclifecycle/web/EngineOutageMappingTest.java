package org.tclifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

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
    assertThat(String.valueOf(response.getEntity())).contains("\"status\":503", "database cannot be reached");
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
