package org.tclifecycle.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The application's HTTP APIs as the benchmark's clients call them, timing every call by type. */
final class Api {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String DEMO_PASSWORD = "Demo-2026!";
  static final String ADMIN_PASSWORD = "Steward-2026!";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  final Latencies latencies;

  Api(String base, Latencies latencies) {
    this.base = base;
    this.latencies = latencies;
  }

  JsonNode call(String type, String user, String method, String path, Object body, int expectedStatus) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", basic(user)).header("Accept", "application/json");
    try {
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      }
      long start = System.nanoTime();
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (type != null) {
        latencies.record(type, System.nanoTime() - start);
      }
      if (response.statusCode() != expectedStatus) {
        throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Camunda REST variables: {"name": {"value": v}}; lists travel as JSON variables, like Tasklist's checklists. */
  static Map<String, Object> variables(Map<String, ?> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      if (value instanceof Collection<?> list) {
        try {
          variables.put(name, Map.of("value", JSON.writeValueAsString(list), "type", "Json"));
        } catch (IOException e) {
          throw new IllegalArgumentException(e);
        }
      } else {
        variables.put(name, Map.of("value", value));
      }
    });
    return variables;
  }

  /** Raw request without timing, for setup (deployments, authorizations). */
  HttpResponse<String> raw(String user, HttpRequest.Builder request, String path) throws IOException, InterruptedException {
    return http.send(request.uri(URI.create(base + path)).header("Authorization", basic(user)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user) {
    String password = user.equals("admin") ? ADMIN_PASSWORD : DEMO_PASSWORD;
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
