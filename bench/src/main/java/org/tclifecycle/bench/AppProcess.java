package org.tclifecycle.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Spring Boot application started as a child process: seconds to ready, resident memory, stop. */
final class AppProcess implements AutoCloseable {

  final int port;
  final double secondsToReady;
  private final Process process;

  private AppProcess(Process process, int port, double secondsToReady) {
    this.process = process;
    this.port = port;
    this.secondsToReady = secondsToReady;
  }

  static AppProcess start(String name, Path jar, List<String> arguments, Map<String, String> environment, String readyPath, Path logs)
      throws IOException, InterruptedException {
    return start(name, List.of(), jar, arguments, environment, readyPath, logs);
  }

  /** With JVM options ({@code -Xmx256m}) before {@code -jar}. */
  static AppProcess start(String name, List<String> jvmOptions, Path jar, List<String> arguments, Map<String, String> environment,
      String readyPath, Path logs) throws IOException, InterruptedException {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(javaBinary()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
    command.addAll(arguments);
    Files.createDirectories(logs);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile());
    builder.environment().putAll(environment);
    long started = System.nanoTime();
    Process process = builder.start();
    HttpClient http = HttpClient.newHttpClient();
    // a shared, loaded machine can take minutes to start the application: -Dbench.readySeconds=600
    long readySeconds = Long.getLong("bench.readySeconds", 180);
    long giveUp = System.currentTimeMillis() + readySeconds * 1000;
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited; see " + logs.resolve(name + ".log"));
      }
      try {
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + readyPath))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return new AppProcess(process, port, (System.nanoTime() - started) / 1e9);
        }
      } catch (IOException notYet) {
        // still starting
      }
      if (System.currentTimeMillis() > giveUp) {
        process.destroyForcibly();
        throw new IllegalStateException(name + " not ready after " + readySeconds + " s (-Dbench.readySeconds=... to wait longer)");
      }
      Thread.sleep(50);
    }
  }

  /** Resident set size in MiB, from /proc (Linux). */
  double residentMiB() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 * 10) / 10.0;
      }
    }
    throw new IllegalStateException("No VmRSS for " + process.pid());
  }

  /** Starts a Java Flight Recording (the JDK's profiler, settings "profile": a stack sample every 10 ms) in the running application. */
  void startRecording(String name) throws IOException, InterruptedException {
    jcmd("JFR.start", "name=" + name, "settings=profile");
  }

  /** Stops the recording and writes it to the file ({@code jfr print --events jdk.ExecutionSample} reads it). */
  void stopRecording(String name, Path file) throws IOException, InterruptedException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    jcmd("JFR.stop", "name=" + name, "filename=" + file.toAbsolutePath());
  }

  private void jcmd(String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator + "jcmd",
        String.valueOf(process.pid())));
    line.addAll(List.of(command));
    Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(jcmd.getInputStream().readAllBytes());
    if (jcmd.waitFor() != 0 || output.contains("Could not")) {
      throw new IllegalStateException(String.join(" ", line) + ": " + output);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  private static String javaBinary() {
    return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
