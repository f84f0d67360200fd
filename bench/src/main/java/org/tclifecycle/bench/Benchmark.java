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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * TC Lifecycle's benchmark (bench/run): lifecycle throughput against the engine's floor on H2 and PostgreSQL,
 * query time as the database grows, footprint against a bare Camunda application, and database growth per
 * closed project. Prints a Markdown table and writes JSON to bench/results/.
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
  /** --uhri-db=postgres (or h2) runs the UHRI import on that database only. */
  private final String uhriDb;
  /** The import must stream: the application runs it with this heap, smaller than the full export file. */
  static final String IMPORT_HEAP = "-Xmx256m";
  private final Path jar = Path.of("target/tc-lifecycle-0.1.0-SNAPSHOT.jar");
  private final Path bareJar = Path.of("bench/bare/target/bare-camunda-0.1.0-SNAPSHOT.jar");
  private final Path work = Path.of("bench/target/run");
  private final Map<String, Object> results = new LinkedHashMap<>();
  private final List<String> table = new ArrayList<>();

  Benchmark(Map<String, String> options) {
    lifecycles = Integer.parseInt(options.getOrDefault("lifecycles", "200"));
    clients = Integer.parseInt(options.getOrDefault("clients", "4"));
    small = Integer.parseInt(options.getOrDefault("small", "1000"));
    large = Integer.parseInt(options.getOrDefault("large", "50000"));
    postgres = !options.containsKey("h2-only");
    uhriSizes = java.util.Arrays.stream(options.getOrDefault("uhri", "25000,250000").split(",")).map(Integer::valueOf).toList();
    uhriOnly = "uhri".equals(options.get("only"));
    portfolioOnly = "portfolio".equals(options.get("only"));
    uhriDb = options.getOrDefault("uhri-db", "all");
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
    results.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    results.put("parameters", Map.of("lifecycles", lifecycles, "clients", clients, "small", small, "large", large,
        "cpus", Runtime.getRuntime().availableProcessors(), "java", System.getProperty("java.version")));
    table.add("| Measure | Value | Target |");
    table.add("|---|---|---|");
    if (portfolioOnly) {
      portfolio();
      print();
      return;
    }
    if (!uhriOnly) {
      footprint();
      throughput("h2", h2Arguments("throughput"), Map.of(), null);
      if (postgres) {
        try (Database database = new Database("jdbc:postgresql://127.0.0.1:5432/")) {
          Map<String, String> environment = Map.of("TC_DB_URL", database.url, "TC_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
          throughput("postgres", List.of("--spring.profiles.active=postgres,demo"), environment, database);
        }
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
        AppProcess app = AppProcess.start("product-portfolio", jar, List.of("--spring.profiles.active=postgres,demo"),
            Map.of("TC_DB_URL", database.url, "TC_ADMIN_PASSWORD", Api.ADMIN_PASSWORD), "/actuator/health", work.resolve("logs"))) {
      results.put("portfolio", PortfolioRun.measure(database, app.baseUrl(), small, large, table));
    }
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
        table.add(row("UHRI import, " + db + ", " + size + " records (" + run.get("fileMiB") + " MiB file, heap " + IMPORT_HEAP + "): records/s, first / again",
            first.get("recordsPerSecond") + " / " + again.get("recordsPerSecond"), ""));
        table.add(row("UHRI import, " + db + ", " + size + " records: peak heap used, MiB, first / again",
            first.get("peakHeapUsedMiB") + " / " + again.get("peakHeapUsedMiB"), "bounded: no growth with file size"));
      }
    }
    results.put("uhriImport-" + db, runs);
  }

  // ----- footprint -----

  private void footprint() throws Exception {
    List<double[]> product = new ArrayList<>();
    List<double[]> bare = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      product.add(startAndMeasure("footprint-product-" + round, jar, h2Arguments("footprint"), "/actuator/health"));
      bare.add(startAndMeasure("footprint-bare-" + round, bareJar, List.of(), "/engine-rest/engine"));
    }
    double productReady = median(product, 0), productRss = median(product, 1);
    double bareReady = median(bare, 0), bareRss = median(bare, 1);
    results.put("footprint", Map.of("productSecondsToReady", productReady, "productResidentMiB", productRss,
        "bareSecondsToReady", bareReady, "bareResidentMiB", bareRss, "residentRatio", ratio(productRss, bareRss),
        "readyRatio", ratio(productReady, bareReady)));
    table.add(row("Seconds to ready: product / bare Camunda starter", productReady + " / " + bareReady + " (" + ratio(productReady, bareReady) + "x)", ""));
    table.add(row("Resident memory, MiB: product / bare", productRss + " / " + bareRss + " (" + ratio(productRss, bareRss) + "x)", "<= 1.3x"));
  }

  private double[] startAndMeasure(String name, Path jarFile, List<String> arguments, String readyPath) throws Exception {
    try (AppProcess app = AppProcess.start(name, jarFile, arguments, Map.of(), readyPath, work.resolve("logs"))) {
      Thread.sleep(5000);
      return new double[] {Math.round(app.secondsToReady * 100) / 100.0, app.residentMiB()};
    }
  }

  // ----- throughput, database growth, query growth -----

  private void throughput(String db, List<String> arguments, Map<String, String> environment, Database database) throws Exception {
    try (AppProcess app = AppProcess.start("product-" + db, jar, arguments, environment, "/actuator/health", work.resolve("logs"))) {
      Map<String, Object> section = new LinkedHashMap<>();
      results.put(db, section);
      Api setup = new Api(app.baseUrl(), new Latencies());
      List<String> actors = ProductLifecycle.actorsToInvite(setup);
      FloorLifecycle.deploy(setup);
      int warmUp = Math.max(2, clients * 2);

      Map<String, Database.Footprint> before = database == null ? null : database.footprint();
      repeat(warmUp, clients, () -> new ProductLifecycle(setup, actors).run());
      Latencies productCalls = new Latencies();
      Api productApi = new Api(app.baseUrl(), productCalls);
      double productSeconds = repeat(lifecycles, clients, () -> new ProductLifecycle(productApi, actors).run());
      if (database != null) {
        databaseGrowth(section, database, setup, before, warmUp + lifecycles);
      }
      repeat(warmUp, clients, () -> new FloorLifecycle(setup).run());
      Latencies floorCalls = new Latencies();
      Api floorApi = new Api(app.baseUrl(), floorCalls);
      double floorSeconds = repeat(lifecycles, clients, () -> new FloorLifecycle(floorApi).run());

      double productRate = round(lifecycles / productSeconds);
      double floorRate = round(lifecycles / floorSeconds);
      section.put("product", Map.of("seconds", round(productSeconds), "lifecyclesPerSecond", productRate,
          "callsPerSecond", round(productCalls.calls() / productSeconds), "calls", productCalls.calls(), "latency", productCalls.summary()));
      section.put("floor", Map.of("seconds", round(floorSeconds), "lifecyclesPerSecond", floorRate,
          "callsPerSecond", round(floorCalls.calls() / floorSeconds), "calls", floorCalls.calls(), "latency", floorCalls.summary()));
      section.put("productToFloor", ratio(productRate, floorRate));
      table.add(row(db + ": lifecycles/s product / floor (" + lifecycles + " each, " + clients + " clients)",
          productRate + " / " + floorRate + " = " + ratio(productRate, floorRate), ">= 0.7"));
      table.add(row(db + ": calls/s product / floor", round(productCalls.calls() / productSeconds) + " / " + round(floorCalls.calls() / floorSeconds), ""));
      productCalls.summary().forEach((type, s) -> table.add(row(db + ": product " + type + " p50/p95/p99 ms (" + s.calls() + " calls)",
          s.p50Millis() + " / " + s.p95Millis() + " / " + s.p99Millis(), "")));
      floorCalls.summary().forEach((type, s) -> table.add(row(db + ": floor " + type + " p50/p95/p99 ms",
          s.p50Millis() + " / " + s.p95Millis() + " / " + s.p99Millis(), "")));
      if (database != null) {
        queryGrowth(section, database, app.baseUrl());
      }
    }
  }

  /** Bytes per closed project: every project since the baseline, warm-up included, is closed when this runs. */
  private void databaseGrowth(Map<String, Object> section, Database database, Api admin, Map<String, Database.Footprint> before,
      int closedProjects) throws Exception {
    Map<String, Database.Footprint> closed = database.footprint();
    Map<String, Long> runtimeLeftByTable = new LinkedHashMap<>();
    // rows of process instances; a message start event's subscription and definition-level links are not
    for (String table : List.of("act_ru_execution", "act_ru_task", "act_ru_variable", "act_ru_event_subscr", "act_ru_identitylink",
        "act_ru_incident", "act_ru_ext_task")) {
      String ofAnInstance = table.equals("act_ru_identitylink") ? "task_id_ is not null" : "proc_inst_id_ is not null";
      runtimeLeftByTable.put(table, database.count("select count(*) from " + table + " where " + ofAnInstance));
    }
    runtimeLeftByTable.put("act_ru_job", database.count("select count(*) from act_ru_job where process_instance_id_ is not null"));
    long runtimeLeft = runtimeLeftByTable.values().stream().mapToLong(Long::longValue).sum();
    String now = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(java.time.ZoneOffset.UTC)
        .format(Instant.now().minusSeconds(1));
    admin.call(null, "admin", "POST", "/engine-rest/history/process-instance/set-removal-time",
        Map.of("absoluteRemovalTime", now, "hierarchical", true, "historicProcessInstanceQuery", Map.of("finished", true)), 200);
    admin.call(null, "admin", "POST", "/engine-rest/history/decision-instance/set-removal-time",
        Map.of("absoluteRemovalTime", now, "historicDecisionInstanceQuery", Map.of()), 200);
    awaitZero(database, "select count(*) from act_ru_batch", 300);
    cleanUpHistory(database, admin);
    Map<String, Database.Footprint> cleaned = database.footprint();

    Map<String, Object> perProject = new LinkedHashMap<>();
    perProject.put("closedProjects", closedProjects);
    for (String group : List.of("runtime", "history", "domain")) {
      Database.Footprint grown = closed.get(group).minus(before.get(group));
      Database.Footprint afterCleanup = cleaned.get(group).minus(before.get(group));
      perProject.put(group, Map.of("bytesPerClosedProject", grown.bytes() / closedProjects, "rowsPerClosedProject",
          round(grown.rows() / (double) closedProjects), "bytesAfterCleanup", afterCleanup.bytes() / closedProjects,
          "rowsAfterCleanup", round(afterCleanup.rows() / (double) closedProjects)));
      table.add(row("postgres: " + group + " bytes (rows) per closed project, before / after history cleanup",
          grown.bytes() / closedProjects + " (" + round(grown.rows() / (double) closedProjects) + ") / "
              + afterCleanup.bytes() / closedProjects + " (" + round(afterCleanup.rows() / (double) closedProjects) + ")", ""));
    }
    perProject.put("runtimeRowsLeft", runtimeLeftByTable);
    section.put("databaseGrowth", perProject);
    table.add(row("postgres: process runtime rows left after " + closedProjects + " projects closed", runtimeLeft + " " + runtimeLeftByTable, "0"));
  }

  /** Cleanup removes at most one batch per table and run: run it until the history stops shrinking. */
  private static void cleanUpHistory(Database database, Api admin) throws Exception {
    String historyRows = "select sum(n) from (select count(*) n from act_hi_actinst union all select count(*) from act_hi_varinst"
        + " union all select count(*) from act_hi_detail union all select count(*) from act_hi_taskinst"
        + " union all select count(*) from act_hi_procinst union all select count(*) from act_hi_job_log"
        + " union all select count(*) from act_hi_identitylink union all select count(*) from act_hi_op_log) rows";
    long before = Long.MAX_VALUE;
    long now = database.count(historyRows);
    while (now < before) {
      admin.call(null, "admin", "POST", "/engine-rest/history/cleanup?immediatelyDue=true", null, 200);
      long waitedUntil = System.currentTimeMillis() + 60_000;
      while (database.count("select count(*) from act_ru_job where handler_type_ = 'history-cleanup' and duedate_ <= now()") > 0
          && System.currentTimeMillis() < waitedUntil) {
        Thread.sleep(500);
      }
      Thread.sleep(1000);
      before = now;
      now = database.count(historyRows);
    }
  }

  private void queryGrowth(Map<String, Object> section, Database database, String baseUrl) throws Exception {
    Api api = new Api(baseUrl, new Latencies());
    Map<String, Object> growth = new LinkedHashMap<>();
    double[] atSmall = null;
    for (int size : new int[] {small, large}) {
      seed(api, database, size);
      double[] times = {timeQuery(api, "officer1", "/engine-rest/task?candidateGroups=tc-officers&firstResult=0&maxResults=15&sortBy=created&sortOrder=desc"),
          timeQuery(api, "manager1", "/api/projects?country=KE&stage=SCREENING&page=0&size=20")};
      growth.put(String.valueOf(size), Map.of("groupTaskQueryMillis", times[0], "projectPageMillis", times[1]));
      table.add(row("postgres: with " + size + " projects, group task query / project page, median ms", times[0] + " / " + times[1], ""));
      if (atSmall == null) {
        atSmall = times;
      } else {
        growth.put("ratio", Map.of("groupTaskQuery", ratio(times[0], atSmall[0]), "projectPage", ratio(times[1], atSmall[1])));
        table.add(row("postgres: growth " + large + " / " + small + ": group task query, project page",
            ratio(times[0], atSmall[0]) + ", " + ratio(times[1], atSmall[1]), "<= 1.5"));
      }
    }
    section.put("queryGrowth", growth);
  }

  /** Requests submitted by the external system until the database holds this many projects, all waiting for screening. */
  private void seed(Api api, Database database, int projects) throws Exception {
    int missing = (int) (projects - database.count("select count(*) from cooperation_project"));
    AtomicInteger done = new AtomicInteger();
    repeat(Math.max(0, missing), 8, () -> {
      api.call(null, "external1", "POST", "/api/requests", ProductLifecycle.request(), 201);
      if (done.incrementAndGet() % 5000 == 0) {
        System.out.println("  seeded " + done.get() + " of " + missing);
      }
    });
    awaitZero(database, "select count(*) from act_ru_job where type_ = 'message'", 1800);
    // what autovacuum does in production after a bulk load; the PostgreSQL of our test machines runs with
    // autovacuum off, and stale statistics turned the group task query into a 27-second nested loop
    database.analyze();
  }

  private double timeQuery(Api api, String user, String path) {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < 35; i++) {
      long start = System.nanoTime();
      api.call(null, user, "GET", path, null, 200);
      if (i >= 5) {
        times.add(System.nanoTime() - start);
      }
    }
    return Latencies.summarize(times).p50Millis();
  }

  // ----- helpers -----

  /** Runs the work this many times on that many client threads; the wall time in seconds. */
  private static double repeat(int times, int threads, Runnable work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> runs = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      runs.add(pool.submit(work));
    }
    for (Future<?> run : runs) {
      run.get();
    }
    pool.shutdown();
    return (System.nanoTime() - start) / 1e9;
  }

  private static void awaitZero(Database database, String sql, int seconds) throws Exception {
    long giveUp = System.currentTimeMillis() + seconds * 1000L;
    while (database.count(sql) > 0) {
      if (System.currentTimeMillis() > giveUp) {
        throw new IllegalStateException("Still not zero after " + seconds + " s: " + sql);
      }
      Thread.sleep(500);
    }
  }

  private static double median(List<double[]> values, int index) {
    List<Double> sorted = values.stream().map(v -> v[index]).sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static double ratio(double a, double b) {
    return b == 0 ? 0 : Math.round(a / b * 100) / 100.0;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static String row(String measure, String value, String target) {
    return "| " + measure + " | " + value + " | " + target + " |";
  }

  private void print() throws Exception {
    table.forEach(System.out::println);
    Path out = Path.of("bench/results");
    Files.createDirectories(out);
    Path file = out.resolve("bench-" + results.get("date").toString().replace(":", "") + ".json");
    Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), results);
    Files.writeString(out.resolve(uhriOnly ? "latest-uhri.md" : portfolioOnly ? "latest-portfolio.md" : "latest.md"), String.join("\n", table) + "\n");
    System.out.println("\nJSON: " + file);
  }
}
