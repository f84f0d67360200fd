package org.tclifecycle.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TC Lifecycle's benchmark (bench/run): lifecycle throughput against the engine's floor on H2 and PostgreSQL,
 * query time as the database grows, footprint against a bare Camunda application, and database growth per
 * closed project. Prints a Markdown table and writes JSON to bench/results/ ({@link Report}). Each measurement has
 * its class: {@link FootprintRun}, {@link ThroughputRun} (with {@link QueryGrowthRun}), {@link UhriImportRun},
 * {@link PortfolioRun}, {@link IatiRun}; this class reads the options and runs them.
 */
public final class Benchmark {

  private final int lifecycles;
  private final int clients;
  private final int small;
  private final int large;
  private final boolean postgres;
  private final List<Integer> uhriSizes;
  private final boolean uhriOnly;
  /** --only=portfolio: the managers' dashboard at 1,000 and 50,000 projects on PostgreSQL, nothing else. */
  private final boolean portfolioOnly;
  /** --only=history: history bytes and rows per closed project on PostgreSQL, table by table, nothing else. */
  private final boolean historyOnly;
  /** --only=iati: the IATI export of --iati=50000 projects on PostgreSQL with the heap of {@link #IMPORT_HEAP}, nothing else. */
  private final boolean iatiOnly;
  private final int iatiProjects;
  /** --uhri-db=postgres (or h2) runs the UHRI import on that database only. */
  private final String uhriDb;
  /** --only=throughput: lifecycle throughput alone (no footprint, query growth or UHRI import). */
  private final boolean throughputOnly;
  /** --profile=PREFIX: flight recordings of the measured throughput runs (bench/profile/README.md). */
  private final String profile;
  /** The import must stream: the application runs it with this heap, smaller than the full export file. */
  static final String IMPORT_HEAP = "-Xmx256m";
  private final Path jar = Path.of("target/tc-lifecycle-0.1.0-SNAPSHOT.jar");
  private final Path bareJar = Path.of("bench/bare/target/bare-camunda-0.1.0-SNAPSHOT.jar");
  private final Path work = Path.of("bench/target/run");
  private final Report report = new Report();

  Benchmark(Map<String, String> options) {
    lifecycles = Integer.parseInt(options.getOrDefault("lifecycles", "200"));
    clients = Integer.parseInt(options.getOrDefault("clients", "4"));
    small = Integer.parseInt(options.getOrDefault("small", "1000"));
    large = Integer.parseInt(options.getOrDefault("large", "50000"));
    postgres = !options.containsKey("h2-only");
    uhriSizes = java.util.Arrays.stream(options.getOrDefault("uhri", "25000,250000").split(",")).map(Integer::valueOf).toList();
    uhriOnly = "uhri".equals(options.get("only"));
    portfolioOnly = "portfolio".equals(options.get("only"));
    historyOnly = "history".equals(options.get("only"));
    iatiOnly = "iati".equals(options.get("only"));
    iatiProjects = Integer.parseInt(options.getOrDefault("iati", "50000"));
    uhriDb = options.getOrDefault("uhri-db", "all");
    throughputOnly = "throughput".equals(options.get("only"));
    profile = options.get("profile");
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      String[] option = arg.replaceFirst("^--", "").split("=", 2);
      options.put(option[0], option.length > 1 ? option[1] : "true");
    }
    new Benchmark(options).run();
  }

  void run() throws Exception {
    report.results.put("parameters", Map.of("lifecycles", lifecycles, "clients", clients, "small", small, "large", large,
        "cpus", Runtime.getRuntime().availableProcessors(), "java", System.getProperty("java.version")));
    if (historyOnly) {
      try (Database database = new Database("jdbc:postgresql://127.0.0.1:5432/")) {
        new ThroughputRun(report, jar, work, lifecycles, clients, small, large).measureHistory(List.of("--spring.profiles.active=postgres,demo"),
            Map.of("TC_DB_URL", database.url, "TC_ADMIN_PASSWORD", Api.ADMIN_PASSWORD), database);
      }
      print();
      return;
    }
    if (portfolioOnly) {
      portfolio();
      print();
      return;
    }
    if (iatiOnly) {
      iati();
      print();
      return;
    }
    if (!uhriOnly) {
      if (!throughputOnly) {
        new FootprintRun(report, jar, bareJar, work, h2Arguments("footprint")).measure();
      }
      ThroughputRun throughput = new ThroughputRun(report, jar, work, lifecycles, clients, small, large).profiledTo(profile);
      if (throughputOnly) {
        throughput.withoutQueryGrowth();
      }
      report.row("Load average (1, 5, 15 min) at the start of the throughput runs (" + Runtime.getRuntime().availableProcessors() + " CPUs)",
          loadAverage(), "");
      throughput.measure("h2", h2Arguments("throughput"), Map.of(), null);
      if (postgres) {
        try (Database database = new Database("jdbc:postgresql://127.0.0.1:5432/")) {
          Map<String, String> environment = Map.of("TC_DB_URL", database.url, "TC_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
          throughput.measure("postgres", List.of("--spring.profiles.active=postgres,demo"), environment, database);
        }
      }
      report.row("Load average (1, 5, 15 min) at the end of the throughput runs", loadAverage(), "");
      if (throughputOnly) {
        print();
        return;
      }
    }
    if (!uhriDb.equals("postgres")) {
      uhriImport("h2", h2Arguments("uhri"), Map.of());
    }
    if (postgres && !uhriDb.equals("h2")) {
      try (Database database = new Database("jdbc:postgresql://127.0.0.1:5432/")) {
        uhriImport("postgres", List.of("--spring.profiles.active=postgres,demo"),
            Map.of("TC_DB_URL", database.url, "TC_ADMIN_PASSWORD", Api.ADMIN_PASSWORD));
      }
    }
    print();
  }

  private List<String> h2Arguments(String name) throws java.io.IOException {
    Path data = work.resolve("h2-" + name + "-" + System.nanoTime());
    Files.createDirectories(data);
    return List.of("--spring.profiles.active=demo",
        "--spring.datasource.url=jdbc:h2:file:" + data.toAbsolutePath() + "/tc;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
  }

  // ----- the managers' portfolio dashboard -----

  private void portfolio() throws Exception {
    try (Database database = new Database("jdbc:postgresql://127.0.0.1:5432/");
        AppProcess app = AppProcess.start("product-portfolio", jar, List.of("--spring.profiles.active=postgres,demo",
            "--tc.portfolio.snapshot-max-age=PT0S"),
            Map.of("TC_DB_URL", database.url, "TC_ADMIN_PASSWORD", Api.ADMIN_PASSWORD), "/actuator/health", work.resolve("logs"))) {
      report.results.put("portfolio", PortfolioRun.measure(database, app.baseUrl(), small, large, report.table));
    }
  }

  // ----- the IATI export -----

  private void iati() throws Exception {
    try (Database database = new Database("jdbc:postgresql://127.0.0.1:5432/");
        AppProcess app = AppProcess.start("iati", List.of(IMPORT_HEAP), jar, List.of("--spring.profiles.active=postgres,demo"),
            Map.of("TC_DB_URL", database.url, "TC_ADMIN_PASSWORD", Api.ADMIN_PASSWORD), "/actuator/health", work.resolve("logs"))) {
      String loadBefore = loadAverage();
      Map<String, Object> run = IatiRun.measure(database, app, iatiProjects);
      String loadAfter = loadAverage();
      report.results.put("iati", run);
      report.results.put("loadAverage", Map.of("start", loadBefore, "end", loadAfter));
      report.row("IATI export, postgres, " + run.get("activities") + " activities (" + run.get("fileMiB") + " MiB, heap " + IMPORT_HEAP
          + "): activities/s", String.valueOf(run.get("activitiesPerSecond")), "");
      report.row("IATI export: seconds in all; time to first byte, ms", run.get("seconds") + "; " + run.get("firstByteMillis"), "");
      report.row("IATI export: peak heap used, MiB, overall; per quarter of the download", run.get("peakHeapUsedMiB") + "; "
          + run.get("peakHeapUsedMiBPerQuarter"), "flat: no growth with the activities written");
      report.row("Load average (1, 5, 15 min) at the start; at the end (" + Runtime.getRuntime().availableProcessors() + " CPUs)",
          loadBefore + "; " + loadAfter, "");
    }
  }

  private static String loadAverage() throws java.io.IOException {
    Path loadavg = Path.of("/proc/loadavg");
    return Files.exists(loadavg) ? String.join(" ", java.util.Arrays.copyOf(Files.readString(loadavg).trim().split(" "), 3)) : "unknown";
  }

  // ----- UHRI import -----

  private void uhriImport(String db, List<String> arguments, Map<String, String> environment) throws Exception {
    List<Map<String, Object>> runs = new ArrayList<>();
    try (AppProcess app = AppProcess.start("uhri-" + db, List.of(IMPORT_HEAP), jar, arguments, environment, "/actuator/health", work.resolve("logs"))) {
      for (int size : uhriSizes) {
        Path file = work.resolve("uhri-" + size + ".json");
        if (!Files.exists(file)) {
          UhriImportRun.generate(file, size);
        }
        Map<String, Object> run = UhriImportRun.measure(app, file, size);
        runs.add(run);
        @SuppressWarnings("unchecked") Map<String, Object> first = (Map<String, Object>) run.get("first");
        @SuppressWarnings("unchecked") Map<String, Object> again = (Map<String, Object>) run.get("again");
        report.row("UHRI import, " + db + ", " + size + " records (" + run.get("fileMiB") + " MiB file, heap " + IMPORT_HEAP + "): records/s, first / again",
            first.get("recordsPerSecond") + " / " + again.get("recordsPerSecond"), "");
        report.row("UHRI import, " + db + ", " + size + " records: peak heap used, MiB, first / again",
            first.get("peakHeapUsedMiB") + " / " + again.get("peakHeapUsedMiB"), "bounded: no growth with file size");
      }
    }
    report.results.put("uhriImport-" + db, runs);
  }

  private void print() throws Exception {
    report.print(uhriOnly ? "latest-uhri.md" : portfolioOnly ? "latest-portfolio.md" : historyOnly ? "latest-history.md"
        : iatiOnly ? "latest-iati.md" : throughputOnly ? "latest-throughput.md" : "latest.md");
  }
}
