package org.tclifecycle.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** An officer's group task query and a manager's project page, timed with a small and a large database (PostgreSQL). */
final class QueryGrowthRun {

  private final Report report;
  private final int small;
  private final int large;

  QueryGrowthRun(Report report, int small, int large) {
    this.report = report;
    this.small = small;
    this.large = large;
  }

  void measure(Map<String, Object> section, Database database, String baseUrl) throws Exception {
    Api api = new Api(baseUrl, new Latencies());
    Map<String, Object> growth = new LinkedHashMap<>();
    double[] atSmall = null;
    for (int size : new int[] {small, large}) {
      seed(api, database, size);
      double[] times = {timeQuery(api, "officer1", "/engine-rest/task?candidateGroups=tc-officers&firstResult=0&maxResults=15&sortBy=created&sortOrder=desc"),
          timeQuery(api, "manager1", "/api/projects?country=KE&stage=SCREENING&page=0&size=20")};
      growth.put(String.valueOf(size), Map.of("groupTaskQueryMillis", times[0], "projectPageMillis", times[1]));
      report.row("postgres: with " + size + " projects, group task query / project page, median ms", times[0] + " / " + times[1], "");
      if (atSmall == null) {
        atSmall = times;
      } else {
        growth.put("ratio", Map.of("groupTaskQuery", Report.ratio(times[0], atSmall[0]), "projectPage", Report.ratio(times[1], atSmall[1])));
        report.row("postgres: growth " + large + " / " + small + ": group task query, project page",
            Report.ratio(times[0], atSmall[0]) + ", " + Report.ratio(times[1], atSmall[1]), "<= 1.5");
      }
    }
    section.put("queryGrowth", growth);
  }

  /** Requests submitted by the external system until the database holds this many projects, all waiting for screening. */
  private void seed(Api api, Database database, int projects) throws Exception {
    int missing = (int) (projects - database.count("select count(*) from cooperation_project"));
    AtomicInteger done = new AtomicInteger();
    Runs.repeat(Math.max(0, missing), 8, () -> {
      api.call(null, "external1", "POST", "/api/requests", ProductLifecycle.request(), 201);
      if (done.incrementAndGet() % 5000 == 0) {
        System.out.println("  seeded " + done.get() + " of " + missing);
      }
    });
    Runs.awaitZero(database, "select count(*) from act_ru_job where type_ = 'message'", 1800);
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

}
