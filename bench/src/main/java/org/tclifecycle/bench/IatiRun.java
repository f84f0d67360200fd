package org.tclifecycle.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The IATI export at scale: a PostgreSQL database filled by SQL with N projects and the records the lifecycle writes
 * for them by stage (design versions with structural, process and outcome indicators, the approved funding,
 * progress reports with expenditure and measured values, the end-of-execution record, linked recommendations of
 * the demo registry), then {@code GET /api/iati/activities.xml} downloaded by a manager from the application
 * started with a small heap, while the heap is sampled. Activities per second, time to the first byte, the peak heap
 * used overall and per quarter of the download (flat when the export streams). Made-up data.
 */
final class IatiRun {

  private static final String STAGES = "array['SCREENING','CONSENT','NEEDS_ASSESSMENT','DESIGN','FUNDING','EXECUTION','FOLLOW_UP','EVALUATION','ENDED']";
  private static final String STATES = "array['KE','SN','BR','UY','NP','BD','TV','FJ','BO','GT','MX','CO','PE','TN','MA','JO','LB','PH','ID','KH']";
  private static final String AREAS = "array['ADMINISTRATION_OF_JUSTICE','NATIONAL_HUMAN_RIGHTS_INSTITUTION','HUMAN_RIGHTS_EDUCATION','TREATY_BODY_REPORTING',"
      + "'UPR_IMPLEMENTATION','ECONOMIC_SOCIAL_CULTURAL_RIGHTS','GENDER_EQUALITY','NON_DISCRIMINATION','CIVIC_SPACE']";
  private static final String FUNDS = "array['VOLUNTARY_FUND_TECHNICAL_COOPERATION','UPR_VOLUNTARY_FUND','REGULAR_BUDGET','BILATERAL_DONOR']";
  private static final String CURRENCIES = "array['USD','EUR','CHF']";
  /** Bench projects are told apart by their process instance id. */
  private static final String BENCH = "p.process_instance_id like 'bench-iati-%'";

  private IatiRun() {}

  /** Seeds the projects, downloads the file once and measures it. */
  static Map<String, Object> measure(Database database, AppProcess app, int projects) throws Exception {
    long started = System.nanoTime();
    seed(database, projects);
    double seedSeconds = (System.nanoTime() - started) / 1e9;
    long expected = database.count("select count(*) from cooperation_project");
    UhriImportRun.HeapSampler heap = new UhriImportRun.HeapSampler(app.baseUrl());
    Thread sampler = new Thread(heap, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    long start = System.nanoTime();
    HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/iati/activities.xml"))
        .timeout(Duration.ofMinutes(60)).header("Authorization", "Basic "
            + Base64.getEncoder().encodeToString(("manager1:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("export answered " + response.statusCode() + ": " + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
    }
    Download download = Download.read(response.body(), start);
    double seconds = (System.nanoTime() - start) / 1e9;
    heap.stop = true;
    sampler.join();
    if (download.activities != expected || !download.tail.trim().endsWith("</iati-activities>")) {
      throw new IllegalStateException("expected " + expected + " activities in a whole document, got " + download.activities
          + " ending with " + download.tail);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("projects", projects);
    result.put("activities", download.activities);
    result.put("seedSeconds", Math.round(seedSeconds));
    result.put("seconds", Report.round(seconds));
    result.put("activitiesPerSecond", Math.round(download.activities / seconds));
    result.put("firstByteMillis", download.firstByteNanos / 1_000_000);
    result.put("fileMiB", Report.round(download.bytes / 1048576.0));
    result.put("peakHeapUsedMiB", Math.round(heap.peak.get() / 1048576.0));
    result.put("peakHeapUsedMiBPerQuarter", quarters(heap.series()));
    result.put("heapSamples", heap.samples);
    return result;
  }

  /** The highest heap used in each quarter of the samples, MiB: about equal when the heap does not grow with the export. */
  static List<Long> quarters(List<Long> samples) {
    List<Long> peaks = new ArrayList<>();
    for (int q = 0; q < 4; q++) {
      peaks.add(Math.round(samples.subList(samples.size() * q / 4, samples.size() * (q + 1) / 4).stream()
          .mapToLong(Long::longValue).max().orElse(0) / 1048576.0));
    }
    return peaks;
  }

  /** The body read as it arrives: bytes, {@code <iati-activity } openings, the first byte's time and the end of the document. */
  private record Download(long bytes, long activities, long firstByteNanos, String tail) {

    private static final byte[] OPENING = "<iati-activity ".getBytes(StandardCharsets.US_ASCII);

    static Download read(InputStream body, long start) throws java.io.IOException {
      byte[] buffer = new byte[1 << 16];
      long bytes = 0;
      long activities = 0;
      long firstByte = -1;
      int matched = 0;
      byte[] tail = new byte[64];
      int read;
      try (body) {
        while ((read = body.read(buffer)) > 0) {
          if (firstByte < 0) {
            firstByte = System.nanoTime() - start;
          }
          for (int i = 0; i < read; i++) {
            matched = buffer[i] == OPENING[matched] ? matched + 1 : buffer[i] == OPENING[0] ? 1 : 0;
            if (matched == OPENING.length) {
              activities++;
              matched = 0;
            }
          }
          bytes += read;
          int keep = Math.min(read, tail.length);
          System.arraycopy(tail, keep, tail, 0, tail.length - keep);
          System.arraycopy(buffer, read - keep, tail, tail.length - keep, keep);
        }
      }
      return new Download(bytes, activities, firstByte, new String(tail, StandardCharsets.UTF_8));
    }
  }

  /**
   * {@code projects} projects spread over the nine stages (a project in every 40th lapsed or halted), each with what the
   * lifecycle has recorded by its stage: from funding on a design (the first versions of every fifth project
   * revised once) with three indicators (structural unit, process percentage, outcome qualitative); from execution on
   * the approval and the actual start, two progress reports with expenditure and values; after execution the end
   * record and the actual end; two linked recommendations of the demo registry each.
   */
  static void seed(Database database, int projects) throws Exception {
    String range = "generate_series(1, " + projects + ") as i";
    String stage = "(i % 9)";
    database.execute("insert into cooperation_project (business_key, country_code, requesting_authority, thematic_area, assistance_type, summary,"
        + " rights_categories, estimated_budget, currency, preferred_fund, intake_channel, stage, status, process_instance_id, created_at, updated_at,"
        + " execution_started_at, execution_ended_at, version)"
        + " select 'TC-' || (2001 + (i - 1) / 9999) || '-' || lpad(((i - 1) % 9999 + 1)::text, 4, '0'), (" + STATES + ")[1 + i % 20],"
        + " 'Ministry of Justice and Human Rights', (" + AREAS + ")[1 + i % 9], 'TECHNICAL_ASSISTANCE',"
        + " 'Support to the national mechanism for implementation, reporting and follow-up in drafting the follow-up plan of the UPR"
        + " recommendations, training of its focal points and a public consultation with civil society (benchmark project ' || i || ').',"
        + " 'CIVIL,ECONOMIC,SOCIAL', 50000 + (i % 20) * 10000, (" + CURRENCIES + ")[1 + i % 3], (" + FUNDS + ")[1 + i % 4], 'EXTERNAL_SYSTEM',"
        + " (" + STAGES + ")[1 + " + stage + "],"
        + " case when " + stage + " = 8 then 'CLOSED' when i % 40 = 0 and " + stage + " < 5 then 'LAPSED' when i % 40 = 0 then 'HALTED' else 'OPEN' end,"
        + " 'bench-iati-' || i, now() - (400 + i % 900) * interval '1 day', now() - (i % 300) * interval '1 day',"
        + " case when " + stage + " >= 5 then now() - (300 + i % 100) * interval '1 day' end,"
        + " case when " + stage + " >= 6 then now() - (i % 100) * interval '1 day' end, 0 from " + range);
    database.execute("analyze cooperation_project");
    String designed = "from cooperation_project p where " + BENCH + " and p.stage not in ('SCREENING','CONSENT','NEEDS_ASSESSMENT','DESIGN')";
    database.execute("insert into project_design (project_id, objectives, activities, indicators, budget, co_funding, duration_months, recorded_by, recorded_at)"
        + " select p.id, 'The national mechanism for implementation, reporting and follow-up tracks the UPR recommendations and reports on them"
        + " on time, with civil society consulted.', 'Drafting workshop; training of 40 focal points; public consultation; follow-up plan published.',"
        + " '', p.estimated_budget, (p.id % 3) * 5000, 12 + (p.id % 4) * 6, 'officer1', p.created_at + interval '60 days' " + designed
        + " and p.id % 5 = 0");
    database.execute("insert into project_design (project_id, objectives, activities, indicators, budget, co_funding, duration_months, recorded_by, recorded_at)"
        + " select p.id, 'The national mechanism for implementation, reporting and follow-up tracks the UPR recommendations and reports on them"
        + " on time, with civil society consulted.', 'Drafting workshop; training of 40 focal points; public consultation; follow-up plan published;"
        + " mid-term review.', '', p.estimated_budget, (p.id % 3) * 5000, 12 + (p.id % 4) * 6, 'officer1', p.created_at + interval '90 days' " + designed);
    database.execute("insert into project_indicator (project_id, design_id, number, type, title, measure, baseline_value, baseline_year, baseline_comment,"
        + " target_value, target_date, recommendation_ids, verification_source, recorded_by, recorded_at)"
        + " select d.project_id, d.id, n, (array['STRUCTURAL','PROCESS','OUTCOME'])[n],"
        + " (array['Follow-up plan adopted by decree','Share of supported UPR recommendations with an implementation status reported',"
        + "'Civil society organisations find the follow-up process open'])[n], (array['UNIT','PERCENTAGE','QUALITATIVE'])[n],"
        + " case n when 1 then 0 when 2 then 10 + d.project_id % 20 end, 2025, 'Mechanism''s 2025 report',"
        + " case n when 1 then 1 when 2 then 80 end, (d.recorded_at + d.duration_months * interval '1 month')::date, null,"
        + " 'Official gazette; the mechanism''s tracking database', 'officer1', d.recorded_at from project_design d cross join generate_series(1, 3) as n"
        + " where d.project_id in (select p.id from cooperation_project p where " + BENCH + ")");
    database.execute("update project_design d set indicators = 'Follow-up plan adopted by decree' || chr(10) || 'Share of supported UPR recommendations"
        + " with an implementation status reported' || chr(10) || 'Civil society organisations find the follow-up process open'"
        + " where d.project_id in (select p.id from cooperation_project p where " + BENCH + ")");
    database.execute("insert into funding_decision (project_id, decision, justification, fund, amount, overridden, against_board_advice, recorded_by, recorded_at)"
        + " select p.id, 'APPROVE', 'Meets the fund''s criteria; the State consented and civil society was consulted.', p.preferred_fund,"
        + " p.estimated_budget - (p.id % 3) * 5000, false, false, 'manager1', p.execution_started_at"
        + " from cooperation_project p where " + BENCH + " and p.execution_started_at is not null");
    database.execute("insert into progress_report (project_id, kind, summary, indicator_progress, expenditure, recorded_by, recorded_at)"
        + " select p.id, 'PROGRESS', 'Workshops held as planned; the consultation is scheduled.', 'Draft plan before the cabinet; 45% of"
        + " recommendations with a reported status.', 10000 + n * 5000, 'officer1', p.execution_started_at + n * interval '90 days'"
        + " from cooperation_project p cross join generate_series(1, 2) as n where " + BENCH + " and p.execution_started_at is not null");
    database.execute("insert into progress_report (project_id, kind, summary, indicator_progress, expenditure, recorded_by, recorded_at)"
        + " select p.id, 'EXECUTION_END', 'All activities delivered; the plan was adopted.', 'Plan adopted; 78% of recommendations with a status.',"
        + " 15000, 'officer1', p.execution_ended_at from cooperation_project p where " + BENCH + " and p.execution_ended_at is not null");
    database.execute("analyze");
    database.execute("insert into indicator_actual (project_id, indicator_id, progress_report_id, actual_value, actual_comment, recorded_by, recorded_at)"
        + " select r.project_id, ind.id, r.id, case ind.number when 1 then case r.kind when 'EXECUTION_END' then 1 else 0 end"
        + " when 2 then 30 + r.id % 50 end, case ind.number when 3 then 'Organisations took part in both consultations.' end, 'officer1', r.recorded_at"
        + " from progress_report r join (select d.project_id, max(d.id) as design_id from project_design d group by d.project_id) latest"
        + " on latest.project_id = r.project_id join project_indicator ind on ind.design_id = latest.design_id"
        + " where r.project_id in (select p.id from cooperation_project p where " + BENCH + ")");
    database.execute("insert into project_recommendation (project_id, recommendation_id)"
        + " select p.id, r.annotation_id from cooperation_project p join (select annotation_id, row_number() over (order by annotation_id) - 1 as n,"
        + " count(*) over () as total from recommendation) r on r.n in (p.id % r.total, (p.id + 7) % r.total) where " + BENCH);
    // what autovacuum does in production after a bulk load
    database.execute("vacuum analyze");
    System.out.println("  iati: " + projects + " projects, " + database.count("select count(*) from progress_report") + " progress reports, "
        + database.count("select count(*) from project_indicator") + " indicators");
  }
}
