package org.tclifecycle.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/** One application process started from the packaged jar, on a port of its own, sharing the test database. */
final class Node implements AutoCloseable {

  static final String PASSWORD = "Demo-2026!";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final String name;
  final int port;
  private final Process process;

  private Node(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  static Node start(String name, String databaseUrl, long lockTimeMillis, String... extraArguments) throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path log = Path.of("target", "nodes", name + ".log");
    Files.createDirectories(log.getParent());
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", jar().toString(),
        "--server.port=" + port,
        "--spring.profiles.active=postgres,demo",
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        "--camunda.bpm.job-execution.lock-time-in-millis=" + lockTimeMillis,
        "--camunda.bpm.job-execution.wait-time-in-millis=200",
        "--camunda.bpm.job-execution.max-wait=1000"));
    command.addAll(List.of(extraArguments));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("TC_DB_URL", databaseUrl);
    builder.environment().put("TC_ADMIN_PASSWORD", "Steward-2026!");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    Node node = new Node(name, port, builder.start());
    node.awaitReady(log);
    return node;
  }

  private static Path jar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("tc-lifecycle-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("package the application first (mvn verify)"));
    }
  }

  private void awaitReady(Path log) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited: see " + log);
      }
      try {
        if (get(null, "/actuator/health").statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " did not start: see " + log);
  }

  HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
    return send(user, HttpRequest.newBuilder(uri(path)).GET());
  }

  HttpResponse<String> post(String user, String path, String json) throws IOException, InterruptedException {
    return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static HttpResponse<String> send(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** SIGKILL: no shutdown hook, no graceful stop, locked jobs stay locked. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }
}
