package org.tclifecycle.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The managers' dashboard at scale: a PostgreSQL database filled by SQL with N cooperation projects and their
 * history (Camunda's process and activity history, open tasks with candidate groups and due dates,
 * consultation rounds, funding decisions, linked recommendations), then {@code GET /api/portfolio} timed as a
 * manager calls it, without and with filters, and the diagram's heatmap (last twelve months), every call
 * computed (the application runs with tc.portfolio.snapshot-max-age=PT0S). The read models of stage periods and of
 * the dashboard's counts are filled by the migrations' own back-fill statements (db/changelog/016 and 023), timed. Made-up data, in the shape the
 * application writes.
 */
final class PortfolioRun {

  /** Thirty-two activities in the order a project passes them; the eight stage entries among them, as the diagram has them. */
  private static final String ACTIVITIES = "array['StartEvent_RequestSubmitted','Task_RegisterRequest','Task_ScreenRequest','Gateway_RequestComplete',"
      + "'Task_RequestConsent','Task_SendConsentRequest','Task_RecordConsent','Task_RegisterConsentGiven','Task_AssessNeeds',"
      + "'CallActivity_ConsultOnAssessment','Gateway_MergeDesign','Task_DesignProject','CallActivity_ConsultOnDesign','Task_CheckRightsBalance',"
      + "'Gateway_RightsBalanced','Task_EvaluateFundingCriteria','Gateway_ReferToBoard','Task_DecideFunding','Gateway_FundingDecision',"
      + "'SubProcess_ExecuteProject','StartEvent_ExecutionStarted','Task_ReviewExecution','Task_ReportProgress','CallActivity_ConsultOnExecution',"
      + "'Task_RecordExecutionEnd','Event_ExecutionEnded','Task_FollowUpRecommendation','CallActivity_ConsultOnEvaluation','Task_EvaluateProject',"
      + "'Task_CloseProject','EndEvent_ProjectClosed','EndEvent_Done']";
  /** How far along the activities each stage has come (the stage index 0..8 picks one). */
  private static final String STAGES = "array['SCREENING','CONSENT','NEEDS_ASSESSMENT','DESIGN','FUNDING','EXECUTION','FOLLOW_UP','EVALUATION','ENDED']";
  private static final String REACHED = "array[3,7,10,15,19,25,27,31,32]";
  private static final String STATES = "array['KE','SN','BR','UY','NP','BD','TV','FJ','BO','GT','MX','CO','PE','TN','MA','JO','LB','PH','ID','KH']";
  private static final String AREAS = "array['ADMINISTRATION_OF_JUSTICE','NATIONAL_HUMAN_RIGHTS_INSTITUTION','HUMAN_RIGHTS_EDUCATION','TREATY_BODY_REPORTING',"
      + "'UPR_IMPLEMENTATION','ECONOMIC_SOCIAL_CULTURAL_RIGHTS','GENDER_EQUALITY','NON_DISCRIMINATION','CIVIC_SPACE']";
  private static final String FUNDS = "array['VOLUNTARY_FUND_TECHNICAL_COOPERATION','UPR_VOLUNTARY_FUND','REGULAR_BUDGET','BILATERAL_DONOR']";
  private static final String GROUPS = "array['tc-officers','tc-managers','tc-board-secretariat']";

  private static final Path CHANGELOG = Path.of("src/main/resources/db/changelog/016-portfolio-read-model.sql");
  private static final Path TALLY_CHANGELOG = Path.of("src/main/resources/db/changelog/023-portfolio-tallies.sql");
  private static double lastBackfillSeconds;

  private PortfolioRun() {}

  /** p50 and p95 (ms) of the dashboard at each size, and the ratio of the p95s; rows for the Markdown table. */
  static Map<String, Object> measure(Database database, String baseUrl, int small, int large, List<String> table) throws Exception {
    Api api = new Api(baseUrl, new Latencies());
    Map<String, Object> results = new LinkedHashMap<>();
    double smallP95 = 0;
    double smallP50 = 0;
    for (int size : new int[] {small, large}) {
      long started = System.nanoTime();
      seed(database, size);
      double seedSeconds = (System.nanoTime() - started) / 1e9;
      long[] cold = new long[5];
      Latencies.Summary all = time(api, "/api/portfolio", cold, 0);
      Latencies.Summary filtered = time(api, "/api/portfolio?country=KE&thematicArea=ADMINISTRATION_OF_JUSTICE", cold, 1);
      Latencies.Summary fund = time(api, "/api/portfolio?fund=REGULAR_BUDGET", cold, 2);
      Latencies.Summary heatmap = time(api, "/api/portfolio/heatmap", cold, 3);
      Latencies.Summary heatmapFiveYears = time(api, "/api/portfolio/heatmap?from=" + java.time.LocalDate.now().minusYears(5), cold, 4);
      results.put(String.valueOf(size), Map.of("seedSeconds", Math.round(seedSeconds), "backfillSeconds", lastBackfillSeconds,
          "activityRows", database.count("select count(*) from act_hi_actinst"),
          "stagePeriodRows", database.count("select count(*) from project_stage_period"), "unfiltered", all, "filtered", filtered,
          "fund", fund, "heatmapTwelveMonths", heatmap, "heatmapFiveYears", heatmapFiveYears,
          "firstCallMillis", Map.of("unfiltered", cold[0] / 1_000_000, "filtered", cold[1] / 1_000_000)));
      table.add("| postgres: portfolio dashboard with " + size + " projects, p50 / p95 ms of 50 computed calls (unfiltered; State and area; fund) | "
          + all.p50Millis() + " / " + all.p95Millis() + "; " + filtered.p50Millis() + " / " + filtered.p95Millis() + "; "
          + fund.p50Millis() + " / " + fund.p95Millis() + " | p95 <= 300 |");
      table.add("| postgres: heatmap with " + size + " projects, p50 / p95 ms of 50 computed calls (last 12 months; last 5 years) | "
          + heatmap.p50Millis() + " / " + heatmap.p95Millis() + "; " + heatmapFiveYears.p50Millis() + " / " + heatmapFiveYears.p95Millis() + " | |");
      table.add("| postgres: " + size + " projects seeded in s (of which the back-fills of the migrations 016 and 023) | "
          + Math.round(seedSeconds) + " (" + lastBackfillSeconds + ") | |");
      if (size == small) {
        smallP95 = all.p95Millis();
        smallP50 = all.p50Millis();
      } else {
        double ratio = smallP95 == 0 ? 0 : Math.round(all.p95Millis() / smallP95 * 100) / 100.0;
        double medianRatio = smallP50 == 0 ? 0 : Math.round(all.p50Millis() / smallP50 * 100) / 100.0;
        results.put("p95Ratio", ratio);
        results.put("p50Ratio", medianRatio);
        table.add("| postgres: portfolio dashboard p95 growth " + large + " / " + small + " (unfiltered) | " + ratio + " | <= 1.5 |");
        table.add("| postgres: portfolio dashboard p50 growth " + large + " / " + small + " (unfiltered; less moved by a loaded machine) | "
            + medianRatio + " | |");
      }
    }
    return results;
  }

  /** The first call (kept as cold[index]) and the next 9 warm up; the 50 after them are counted. */
  private static Latencies.Summary time(Api api, String path, long[] cold, int index) {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      long start = System.nanoTime();
      api.call(null, "manager1", "GET", path, null, 200);
      if (i == 0) {
        cold[index] = System.nanoTime() - start;
      } else if (i >= 10) {
        times.add(System.nanoTime() - start);
      }
    }
    return Latencies.summarize(times);
  }

  /** Projects numbered from what the database holds up to {@code projects}, with their history and records. */
  static void seed(Database database, int projects) throws Exception {
    long from = database.count("select count(*) from cooperation_project where business_key like 'BP-%'") + 1;
    if (from > projects) {
      return;
    }
    String range = "generate_series(" + from + ", " + projects + ") as i";
    String stage = "(i % 9)";
    database.execute("insert into cooperation_project (business_key, country_code, requesting_authority, thematic_area, assistance_type, summary,"
        + " rights_categories, estimated_budget, currency, preferred_fund, intake_channel, stage, status, process_instance_id, created_at, updated_at,"
        + " version) select 'BP-' || i, (" + STATES + ")[1 + i % 20], 'Ministry of Justice', (" + AREAS + ")[1 + i % 9], 'TECHNICAL_ASSISTANCE',"
        + " 'Benchmark project.', 'CIVIL', 100000, 'USD', (" + FUNDS + ")[1 + i % 4], 'API', (" + STAGES + ")[1 + " + stage + "],"
        + " case when " + stage + " = 8 then 'CLOSED' else 'OPEN' end, 'bp-' || i, now() - (i % 1500) * interval '1 day',"
        + " now() - (i % 1500) * interval '1 day', 0 from " + range);
    database.execute("insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_, end_time_, state_)"
        + " select 'bp-' || i, 'bp-' || i, 'BP-' || i, 'cooperation-project', 'cooperation-project:bench', localtimestamp - (i % 1500) * interval '1 day',"
        + " case when " + stage + " = 8 then localtimestamp - (i % 1500) * interval '1 day' + 32 * (1 + i % 7) * interval '1 day' end,"
        + " case when " + stage + " = 8 then 'COMPLETED' else 'ACTIVE' end from " + range);
    // activity n of a project started n × (1 + i % 7) days after its start; each lasted a day, the last one of an open project still runs
    database.execute("insert into act_hi_actinst (id_, proc_def_key_, proc_def_id_, proc_inst_id_, execution_id_, act_id_, act_name_, act_type_,"
        + " start_time_, end_time_, duration_, act_inst_state_, sequence_counter_, root_proc_inst_id_)"
        + " select 'bp-' || i || '-' || n, 'cooperation-project', 'cooperation-project:bench', 'bp-' || i, 'bp-' || i, (" + ACTIVITIES + ")[n],"
        + " (" + ACTIVITIES + ")[n], case when (" + ACTIVITIES + ")[n] like 'Gateway%' then 'exclusiveGateway' else 'userTask' end,"
        + " localtimestamp - (i % 1500) * interval '1 day' + n * (1 + i % 7) * interval '1 day',"
        + " case when n < (" + REACHED + ")[1 + " + stage + "] or " + stage + " = 8 then localtimestamp - (i % 1500) * interval '1 day' + (n * (1 + i % 7) + 1) * interval '1 day' end,"
        + " case when n < (" + REACHED + ")[1 + " + stage + "] or " + stage + " = 8 then 86400000 end, 1, n, 'bp-' || i"
        + " from " + range + " cross join lateral generate_series(1, (" + REACHED + ")[1 + " + stage + "]) as n");
    // open projects: their process instance, one open task (due in the past for a third of them) for a candidate group
    database.execute("insert into act_ru_execution (id_, rev_, proc_inst_id_, business_key_, is_active_, is_concurrent_, is_scope_, is_event_scope_,"
        + " suspension_state_) select 'bp-' || i, 1, 'bp-' || i, 'BP-' || i, true, false, true, false, 1 from " + range + " where " + stage + " < 8");
    database.execute("insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, name_, task_def_key_, priority_, create_time_, last_updated_,"
        + " due_date_, suspension_state_, task_state_) select 'bp-task-' || i, 1, 'bp-' || i, 'bp-' || i, 'Benchmark task',"
        + " case when " + stage + " = 1 then 'Task_RecordConsent' else 'Task_Benchmark' end, 50, localtimestamp - (i % 60) * interval '1 day',"
        + " localtimestamp, localtimestamp + (i % 90 - 30) * interval '1 day', 1, 'Created' from " + range + " where " + stage + " < 8");
    database.execute("insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_) select 'bp-link-' || i, 1, (" + GROUPS + ")[1 + i % 3],"
        + " 'candidate', 'bp-task-' || i from " + range + " where " + stage + " < 8");
    String project = "(select id from cooperation_project where business_key = 'BP-' || i)";
    database.execute("insert into consultation_round (project_id, stage, actor_types, consulted_on, participants, summary, outcome, recorded_at)"
        + " select p.id, 'DESIGN', case when p.id % 3 = 0 then 'GOVERNMENT,NHRI' else 'CIVIL_SOCIETY,GOVERNMENT,NHRI' end, current_date, 12, 'Benchmark.',"
        + " case when p.id % 3 = 0 then 'EXCEPTION_APPROVED' else 'COVERED' end, now() from cooperation_project p"
        + " where p.business_key like 'BP-%' and p.id % 2 = 0 and not exists (select 1 from consultation_round r where r.project_id = p.id)");
    database.execute("insert into funding_decision (project_id, decision, justification, fund, overridden, against_board_advice, recorded_at)"
        + " select p.id, 'APPROVE', 'Benchmark.', p.preferred_fund, p.id % 10 = 0, false, now() from cooperation_project p"
        + " where p.business_key like 'BP-%' and p.stage in ('EXECUTION', 'FOLLOW_UP', 'EVALUATION', 'ENDED')"
        + " and not exists (select 1 from funding_decision d where d.project_id = p.id)");
    database.execute("insert into project_recommendation (project_id, recommendation_id) select p.id, 'bench-rec-' || (p.id % 5000)"
        + " from cooperation_project p where p.business_key like 'BP-%' and not exists (select 1 from project_recommendation r where r.project_id = p.id)");
    database.execute("insert into recommendation_follow_up (project_id, recommendation_id, status, evidence, source, recorded_at)"
        + " select r.project_id, r.recommendation_id, 'IN_PROGRESS', 'Benchmark.', 'FINAL_REVIEW', now() from project_recommendation r"
        + " where r.recommendation_id like 'bench-rec-%' and r.project_id % 2 = 0"
        + " and not exists (select 1 from recommendation_follow_up f where f.project_id = r.project_id)");
    long backfill = System.nanoTime();
    for (String statement : backfillStatement().split(";\\s*\n")) {
      database.execute(statement.strip());
    }
    for (String statement : changeset(TALLY_CHANGELOG, "023-portfolio-tally-backfill").split(";\\s*\n")) {
      database.execute(statement.strip());
    }
    lastBackfillSeconds = Math.round((System.nanoTime() - backfill) / 1e8) / 10.0;
    // what autovacuum does in production after a bulk load (statistics, and the visibility map index-only scans need)
    database.execute("vacuum analyze");
    System.out.println("  portfolio: " + projects + " projects, " + database.count("select count(*) from act_hi_actinst") + " activity instances");
  }

  /** The migration's back-fill of project_stage_period from the history (only projects without periods yet), as Liquibase runs it. */
  static String backfillStatement() throws java.io.IOException {
    return changeset(CHANGELOG, "016-project-stage-period-backfill");
  }

  /** One changeset's SQL of a formatted SQL changelog, comments and the trailing semicolon left out. */
  static String changeset(Path changelog, String id) throws java.io.IOException {
    String text = Files.readString(changelog);
    String marker = "--changeset tclifecycle:" + id + "\n";
    int start = text.indexOf(marker) + marker.length();
    int end = text.indexOf("--changeset", start);
    StringBuilder sql = new StringBuilder();
    for (String line : text.substring(start, end < 0 ? text.length() : end).split("\n")) {
      if (!line.strip().startsWith("--")) {
        sql.append(line).append('\n');
      }
    }
    return sql.toString().strip().replaceAll(";$", "");
  }
}
