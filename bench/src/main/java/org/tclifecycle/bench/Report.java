package org.tclifecycle.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a benchmark run measured: the JSON written to bench/results/ and the Markdown table printed. */
final class Report {

  final Map<String, Object> results = new LinkedHashMap<>();
  final List<String> table = new ArrayList<>();

  Report() {
    results.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    table.add("| Measure | Value | Target |");
    table.add("|---|---|---|");
  }

  void row(String measure, String value, String target) {
    table.add("| " + measure + " | " + value + " | " + target + " |");
  }

  static double ratio(double a, double b) {
    return b == 0 ? 0 : Math.round(a / b * 100) / 100.0;
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  /** Prints the table and writes the JSON, and the table as {@code latestName} beside it. */
  void print(String latestName) throws Exception {
    table.forEach(System.out::println);
    Path out = Path.of("bench/results");
    Files.createDirectories(out);
    Path file = out.resolve("bench-" + results.get("date").toString().replace(":", "") + ".json");
    Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), results);
    Files.writeString(out.resolve(latestName), String.join("\n", table) + "\n");
    System.out.println("\nJSON: " + file);
  }
}
