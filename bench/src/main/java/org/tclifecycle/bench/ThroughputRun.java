package org.tclifecycle.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lifecycles per second of the product against the engine's floor (the same steps without our listeners, records
 * and checks), call latencies, and on PostgreSQL the database's growth per closed project and query growth.
 */
final class ThroughputRun {

  private final Report report;
  private final Path jar;
  private final Path work;
  private final int lifecycles;
  private final int clients;
  private final int small;
  private final int large;
  /** --profile=PREFIX: a flight recording of the measured product and floor runs, PREFIX-product-DB.jfr and PREFIX-floor-DB.jfr. */
  private String profile;
  /** --only=throughput: without the query growth at --large projects. */
  private boolean queryGrowth = true;

  ThroughputRun(Report report, Path jar, Path work, int lifecycles, int clients, int small, int large) {
    this.report = report;
    this.jar = jar;
    this.work = work;
    this.lifecycles = lifecycles;
    this.clients = clients;
    this.small = small;
    this.large = large;
  }

  ThroughputRun profiledTo(String prefix) {
    this.profile = prefix;
    return this;
  }

  ThroughputRun withoutQueryGrowth() {
    this.queryGrowth = false;
    return this;
  }

  /** The work, within a flight recording of the application when --profile is given. */
  private double recorded(AppProcess app, String name, Runnable runs) throws Exception {
    if (profile == null) {
      return Runs.repeat(lifecycles, clients, runs);
    }
    app.startRecording(name);
    double seconds = Runs.repeat(lifecycles, clients, runs);
    Path file = Path.of(profile + "-" + name + ".jfr");
    app.stopRecording(name, file);
    report.row("Flight recording of " + name, file.toString(), "");
    return seconds;
  }

  void measure(String db, List<String> arguments, Map<String, String> environment, Database database) throws Exception {
    // Spring's and Camunda's stacks are deeper than the recorder's 64 frames by default: the request's entry must be in the sample
    List<String> jvmOptions = profile == null ? List.of() : List.of("-XX:FlightRecorderOptions=stackdepth=2048");
    try (AppProcess app = AppProcess.start("product-" + db, jvmOptions, jar, arguments, environment, "/actuator/health", work.resolve("logs"))) {
      Map<String, Object> section = new LinkedHashMap<>();
      report.results.put(db, section);
      Api setup = new Api(app.baseUrl(), new Latencies());
      List<String> actors = ProductLifecycle.actorsToInvite(setup);
      FloorLifecycle.deploy(setup);
      int warmUp = Math.max(2, clients * 2);

      Map<String, Database.Footprint> before = database == null ? null : database.footprintByTable();
      // one project alone first: on H2 the year's first business key is created by concurrent first projects at once
      // otherwise, and one of them may fail (a 500)
      new ProductLifecycle(setup, actors).run();
      Runs.repeat(warmUp, clients, () -> new ProductLifecycle(setup, actors).run());
      Latencies productCalls = new Latencies();
      Api productApi = new Api(app.baseUrl(), productCalls);
      double productSeconds = recorded(app, "product-" + db, () -> new ProductLifecycle(productApi, actors).run());
      if (database != null) {
        databaseGrowth(section, database, setup, before, 1 + warmUp + lifecycles);
      }
      Runs.repeat(warmUp, clients, () -> new FloorLifecycle(setup).run());
      Latencies floorCalls = new Latencies();
      Api floorApi = new Api(app.baseUrl(), floorCalls);
      double floorSeconds = recorded(app, "floor-" + db, () -> new FloorLifecycle(floorApi).run());

      double productRate = Report.round(lifecycles / productSeconds);
      double floorRate = Report.round(lifecycles / floorSeconds);
      section.put("product", Map.of("seconds", Report.round(productSeconds), "lifecyclesPerSecond", productRate,
          "callsPerSecond", Report.round(productCalls.calls() / productSeconds), "calls", productCalls.calls(), "latency", productCalls.summary()));
      section.put("floor", Map.of("seconds", Report.round(floorSeconds), "lifecyclesPerSecond", floorRate,
          "callsPerSecond", Report.round(floorCalls.calls() / floorSeconds), "calls", floorCalls.calls(), "latency", floorCalls.summary()));
      section.put("productToFloor", Report.ratio(productRate, floorRate));
      report.row(db + ": lifecycles/s product / floor (" + lifecycles + " each, " + clients + " clients)",
          productRate + " / " + floorRate + " = " + Report.ratio(productRate, floorRate), ">= 0.7");
      report.row(db + ": calls/s product / floor", Report.round(productCalls.calls() / productSeconds) + " / " + Report.round(floorCalls.calls() / floorSeconds), "");
      productCalls.summary().forEach((type, s) -> report.row(db + ": product " + type + " p50/p95/p99 ms (" + s.calls() + " calls)",
          s.p50Millis() + " / " + s.p95Millis() + " / " + s.p99Millis(), ""));
      floorCalls.summary().forEach((type, s) -> report.row(db + ": floor " + type + " p50/p95/p99 ms",
          s.p50Millis() + " / " + s.p95Millis() + " / " + s.p99Millis(), ""));
      if (database != null && queryGrowth) {
        new QueryGrowthRun(report, small, large).measure(section, database, app.baseUrl());
      }
    }
  }

  /** --only=history: the database's growth per closed project on PostgreSQL, table by table, nothing else. */
  void measureHistory(List<String> arguments, Map<String, String> environment, Database database) throws Exception {
    try (AppProcess app = AppProcess.start("product-history", jar, arguments, environment, "/actuator/health", work.resolve("logs"))) {
      Map<String, Object> section = new LinkedHashMap<>();
      report.results.put("postgres", section);
      Api api = new Api(app.baseUrl(), new Latencies());
      List<String> actors = ProductLifecycle.actorsToInvite(api);
      Map<String, Database.Footprint> before = database.footprintByTable();
      Runs.repeat(lifecycles, clients, () -> new ProductLifecycle(api, actors).run());
      databaseGrowth(section, database, api, before, lifecycles);
    }
  }

  /** Bytes per closed project: every project since the baseline, warm-up included, is closed when this runs. */
  void databaseGrowth(Map<String, Object> section, Database database, Api admin, Map<String, Database.Footprint> beforeByTable,
      int closedProjects) throws Exception {
    Map<String, Database.Footprint> closedByTable = database.footprintByTable();
    Map<String, Database.Footprint> before = Database.groups(beforeByTable);
    Map<String, Database.Footprint> closed = Database.groups(closedByTable);
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
    Runs.awaitZero(database, "select count(*) from act_ru_batch", 300);
    cleanUpHistory(database, admin);
    Map<String, Database.Footprint> cleaned = database.footprint();

    Map<String, Object> perProject = new LinkedHashMap<>();
    perProject.put("closedProjects", closedProjects);
    for (String group : List.of("runtime", "history", "domain")) {
      Database.Footprint grown = closed.get(group).minus(before.get(group));
      Database.Footprint afterCleanup = cleaned.get(group).minus(before.get(group));
      perProject.put(group, Map.of("bytesPerClosedProject", grown.bytes() / closedProjects, "rowsPerClosedProject",
          Report.round(grown.rows() / (double) closedProjects), "bytesAfterCleanup", afterCleanup.bytes() / closedProjects,
          "rowsAfterCleanup", Report.round(afterCleanup.rows() / (double) closedProjects)));
      report.row("postgres: " + group + " bytes (rows) per closed project, before / after history cleanup",
          grown.bytes() / closedProjects + " (" + Report.round(grown.rows() / (double) closedProjects) + ") / "
              + afterCleanup.bytes() / closedProjects + " (" + Report.round(afterCleanup.rows() / (double) closedProjects) + ")", "");
    }
    perProject.put("runtimeRowsLeft", runtimeLeftByTable);
    perProject.put("historyByTable", historyByTable(beforeByTable, closedByTable, closedProjects));
    section.put("databaseGrowth", perProject);
    report.row("postgres: process runtime rows left after " + closedProjects + " projects closed", runtimeLeft + " " + runtimeLeftByTable, "0");
  }

  /** Each history table's bytes and rows per closed project, largest first, also as rows of the report. */
  private Map<String, Object> historyByTable(Map<String, Database.Footprint> before, Map<String, Database.Footprint> closed,
      int closedProjects) {
    Map<String, Object> byTable = new LinkedHashMap<>();
    closed.entrySet().stream()
        .filter(table -> Database.group(table.getKey()).equals("history"))
        .map(table -> Map.entry(table.getKey(), table.getValue().minus(before.getOrDefault(table.getKey(), new Database.Footprint(0, 0)))))
        .filter(table -> table.getValue().rows() > 0)
        .sorted((a, b) -> Long.compare(b.getValue().bytes(), a.getValue().bytes()))
        .forEach(table -> {
          long bytes = table.getValue().bytes() / closedProjects;
          double rows = Report.round(table.getValue().rows() / (double) closedProjects);
          byTable.put(table.getKey(), Map.of("bytesPerClosedProject", bytes, "rowsPerClosedProject", rows));
          report.row("postgres: history per closed project in " + table.getKey() + ", bytes (rows)", bytes + " (" + rows + ")", "");
        });
    return byTable;
  }

  /** The cleanup job may be running (409, changed at the same moment): ask again a little later. */
  private static void startCleanup(Api admin) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        admin.call(null, "admin", "POST", "/engine-rest/history/cleanup?immediatelyDue=true", null, 200);
        return;
      } catch (IllegalStateException e) {
        if (attempt == 10 || !e.getMessage().contains("answered 409")) {
          throw e;
        }
        Thread.sleep(2000);
      }
    }
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
      startCleanup(admin);
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

}
