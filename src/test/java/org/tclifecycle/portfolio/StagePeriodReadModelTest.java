package org.tclifecycle.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;
import org.tclifecycle.portfolio.Portfolio.StageDuration;
import org.tclifecycle.project.Fund;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectRepository;
import org.tclifecycle.project.ProjectStage;
import org.tclifecycle.project.ProjectStatus;
import org.tclifecycle.project.ThematicArea;

/**
 * The dashboard's days per stage come from the read model {@code project_stage_period}: written with each stage
 * change, it agrees with Camunda's history of the same project (also when the design goes back after the
 * funding decision, and when the State declines); back-filled by the migration, it gives the figures the
 * dashboard used to compute from the history.
 */
@IntegrationTest
class StagePeriodReadModelTest {

  /** How far apart the engine's history and the listener that writes the period may take "now" (same transaction). */
  private static final long SAME_MOMENT_MILLIS = 2_000;

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProjectRepository projects;
  @Autowired PortfolioFigures figures;
  @Autowired StageEntries stageEntries;

  record Period(String stage, Instant entered, Instant left) {}

  @Test
  void aProjectSentBackToDesignHasEachRoundOfDesignAndFundingAsHistoryHasThem() {
    EngineRest rest = new EngineRest(http, port);
    Map<String, Object> request = new LinkedHashMap<>(TestData.request());
    request.put("recommendationIds", List.of(TestData.RECOMMENDATION));
    String key = rest.projectAtNeedsAssessment(request);
    Map<String, Object> assessment = TestData.assessment();
    assessment.put("recommendationIds", List.of(TestData.RECOMMENDATION));
    rest.atFundingDecision(key, "KE", assessment, TestData.design());
    rest.work("manager1", key, "Task_DecideFunding", Map.of("fundingDecision", "REVISE", "fundingJustification", "Add a gender focus."));
    rest.awaitTask(key, "Task_DesignProject");
    rest.work("officer1", key, "Task_DesignProject", TestData.design());
    rest.consult("officer2", key, "KE", "Task_DecideFunding");
    rest.work("manager1", key, "Task_DecideFunding", Map.of("fundingDecision", "APPROVE", "fundingJustification", "Meets the criteria."));
    Project project = projects.findByBusinessKey(key).orElseThrow();
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> projects.findById(project.getId()).orElseThrow().getStage() == ProjectStage.EXECUTION);

    List<Period> periods = readModel(project.getId());
    assertThat(periods).extracting(Period::stage).containsExactly("SCREENING", "CONSENT", "NEEDS_ASSESSMENT", "DESIGN", "FUNDING", "DESIGN",
        "FUNDING", "EXECUTION");
    assertSameTimes(periods, history(project.getProcessInstanceId()));
    assertThat(periods.get(periods.size() - 1).left()).as("execution still runs").isNull();
    assertThat(jdbc.queryForObject("select count(*) from project_stage_period where project_id = ? and left_at is not null and days is null",
        Integer.class, project.getId())).isZero();
    assertThat(jdbc.queryForObject(HISTOGRAM_DISAGREES, Integer.class)).as("the histogram counts every finished period").isZero();
  }

  /** Buckets where the histogram and the finished periods disagree, in one statement (one snapshot of both tables). */
  static final String HISTOGRAM_DISAGREES = "select count(*) from (select d.stage, d.tenths from (select stage,"
      + " cast(floor(days * 10 + 0.5) as integer) as tenths, 1 as n from project_stage_period where days is not null"
      + " union all select stage, tenths, -periods from stage_days_histogram) d group by d.stage, d.tenths having sum(d.n) <> 0) x";

  @Test
  void withoutFiltersThePercentilesComeFromTheHistogramAndAgreeWithThePeriodsToATenthOfADay() {
    SeededPortfolio portfolio = SeededPortfolio.writtenNow(jdbc);
    try {
      List<StageDuration> exact = jdbc.query("select stage, count(*), percentile_cont(0.5) within group (order by days),"
          + " percentile_cont(0.9) within group (order by days) from project_stage_period where days is not null group by stage",
          (rs, i) -> new StageDuration(rs.getString(1), rs.getLong(2), PortfolioFigures.days(rs, 3), PortfolioFigures.days(rs, 4)));
      List<StageDuration> fromHistogram = figures.stageDurations(PortfolioFilter.NONE);
      assertThat(fromHistogram).extracting(StageDuration::stage, StageDuration::periods)
          .containsExactlyInAnyOrderElementsOf(exact.stream().map(d -> org.assertj.core.groups.Tuple.tuple(d.stage(), d.periods())).toList());
      for (StageDuration stage : fromHistogram) {
        StageDuration same = exact.stream().filter(d -> d.stage().equals(stage.stage())).findFirst().orElseThrow();
        assertThat(stage.medianDays()).as(stage.stage() + " median").isCloseTo(same.medianDays(), within(0.1));
        assertThat(stage.p90Days()).as(stage.stage() + " 90th percentile").isCloseTo(same.p90Days(), within(0.1));
      }
      assertThat(fromHistogram).extracting(StageDuration::stage).contains("SCREENING", "CONSENT", "NEEDS_ASSESSMENT", "DESIGN", "FUNDING");
    } finally {
      portfolio.remove();
    }
  }

  @Test
  void aDeclinedRequestEndsItsConsentPeriodWhenTheProcessEnds() {
    EngineRest rest = new EngineRest(http, port);
    Map<String, Object> request = new LinkedHashMap<>(TestData.request());
    request.put("recommendationIds", List.of(TestData.RECOMMENDATION));
    ResponseEntity<String> created = rest.api("officer1", HttpMethod.POST, "/api/requests", request);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    String key = EngineRest.json(created).get("businessKey").asText();
    rest.awaitTask(key, "Task_ScreenRequest");
    rest.work("officer1", key, "Task_ScreenRequest", Map.of("screeningOutcome", "COMPLETE"));
    rest.awaitTask(key, "Task_RecordConsent");
    Map<String, Object> refusal = Map.of("decision", "REFUSED", "signatory", "H.E. the Minister",
        "date", java.time.LocalDate.now().minusDays(1).toString(), "reference", "NV/2026/10");
    assertThat(rest.api("officer1", HttpMethod.POST, "/api/requests/" + key + "/consent", refusal).getStatusCode().value()).isEqualTo(200);
    Project project = projects.findByBusinessKey(key).orElseThrow();
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> projects.findById(project.getId()).orElseThrow().getStatus() == ProjectStatus.DECLINED);

    List<Period> periods = readModel(project.getId());
    assertThat(periods).extracting(Period::stage).containsExactly("SCREENING", "CONSENT");
    List<Period> history = history(project.getProcessInstanceId());
    assertThat(history.get(history.size() - 1).left()).as("the process has ended").isNotNull();
    assertSameTimes(periods, history);
  }

  @Test
  void theMigrationsBackfillGivesTheFiguresTheHistoryQueryGaveForEveryFilter() {
    SeededPortfolio portfolio = SeededPortfolio.writtenNow(jdbc);
    try {
      int year = SeededPortfolio.YEAR;
      for (PortfolioFilter filter : List.of(new PortfolioFilter(year, null, null, null), new PortfolioFilter(year, null, null, "KE"),
          new PortfolioFilter(year, null, null, "SN"), new PortfolioFilter(year, Fund.REGULAR_BUDGET, null, null),
          new PortfolioFilter(year, null, ThematicArea.GENDER_EQUALITY, null), new PortfolioFilter(year, Fund.UPR_VOLUNTARY_FUND,
              ThematicArea.ADMINISTRATION_OF_JUSTICE, "KE"))) {
        List<StageDuration> fromHistory = historyStageDurations(filter);
        assertThat(fromHistory).as("the seeded history has finished stages for " + filter).isNotEmpty();
        assertThat(figures.stageDurations(filter)).as(filter.toString()).isEqualTo(fromHistory);
      }
    } finally {
      portfolio.remove();
    }
  }

  @Test
  void theBackfillEntersEachStageWhereTheDiagramDoes() {
    Map<String, ProjectStage> backfill = new HashMap<>();
    Matcher entry = Pattern.compile("\\('(\\w+)', '([A-Z_]+)'\\)").matcher(StagePeriodBackfill.SQL);
    while (entry.find()) {
      backfill.put(entry.group(1), ProjectStage.valueOf(entry.group(2)));
    }
    assertThat(backfill).isEqualTo(stageEntries.activities());
  }

  List<Period> readModel(long projectId) {
    return jdbc.query("select stage, entered_at, left_at from project_stage_period where project_id = ? order by entered_at, id",
        (rs, i) -> new Period(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
            rs.getObject(3) == null ? null : rs.getObject(3, OffsetDateTime.class).toInstant()), projectId);
  }

  /** The stage periods Camunda's history shows: each start of a stage's entry activity that changes the stage, to the next one or the end. */
  List<Period> history(String processInstanceId) {
    Map<String, ProjectStage> entries = stageEntries.activities();
    List<String[]> starts = new ArrayList<>();
    jdbc.query("select act_id_, start_time_ from act_hi_actinst where proc_inst_id_ = ? order by start_time_, sequence_counter_", rs -> {
      ProjectStage stage = entries.get(rs.getString(1));
      if (stage != null && (starts.isEmpty() || !starts.get(starts.size() - 1)[0].equals(stage.name()))) {
        starts.add(new String[] {stage.name(), String.valueOf(rs.getTimestamp(2).getTime())});
      }
    }, processInstanceId);
    Timestamp ended = jdbc.queryForObject("select end_time_ from act_hi_procinst where proc_inst_id_ = ?", Timestamp.class, processInstanceId);
    List<Period> periods = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      Instant left = i + 1 < starts.size() ? Instant.ofEpochMilli(Long.parseLong(starts.get(i + 1)[1])) : ended == null ? null : ended.toInstant();
      periods.add(new Period(starts.get(i)[0], Instant.ofEpochMilli(Long.parseLong(starts.get(i)[1])), left));
    }
    return periods;
  }

  static void assertSameTimes(List<Period> readModel, List<Period> history) {
    assertThat(readModel).extracting(Period::stage).containsExactlyElementsOf(history.stream().map(Period::stage).toList());
    for (int i = 0; i < readModel.size(); i++) {
      Period period = readModel.get(i);
      Period seen = history.get(i);
      assertThat(period.entered().toEpochMilli()).as(period.stage() + " entered").isCloseTo(seen.entered().toEpochMilli(), within(SAME_MOMENT_MILLIS));
      if (seen.left() == null) {
        assertThat(period.left()).as(period.stage() + " still open").isNull();
      } else {
        assertThat(period.left()).as(period.stage() + " left").isNotNull();
        assertThat(period.left().toEpochMilli()).as(period.stage() + " left").isCloseTo(seen.left().toEpochMilli(), within(SAME_MOMENT_MILLIS));
      }
    }
  }

  /** What the dashboard computed before the read model: from Camunda's activity history at every call. */
  List<StageDuration> historyStageDurations(PortfolioFilter filter) {
    Map<String, ProjectStage> entries = stageEntries.activities();
    List<String> activities = List.copyOf(entries.keySet());
    PortfolioFilter.Condition where = filter.projects("p");
    List<Object> args = new ArrayList<>(activities);
    args.addAll(where.args());
    String sql = "select e.act_id_, count(*), percentile_cont(0.5) within group (order by e.days), percentile_cont(0.9) within group (order by e.days)"
        + " from (select x.act_id_, cast((extract(epoch from coalesce(lead(x.entered) over (partition by x.pid order by x.entered), x.ended))"
        + " - extract(epoch from x.entered)) / 86400.0 as double precision) as days"
        + " from (select a.proc_inst_id_ as pid, a.act_id_, min(a.start_time_) as entered, max(pi.end_time_) as ended"
        + " from act_hi_actinst a join act_hi_procinst pi on pi.proc_inst_id_ = a.proc_inst_id_"
        + " join cooperation_project p on p.process_instance_id = a.proc_inst_id_"
        + " where a.act_id_ in (" + PortfolioFigures.placeholders(activities.size()) + ") and " + where.sql()
        + " group by a.proc_inst_id_, a.act_id_) x) e where e.days is not null group by e.act_id_";
    List<StageDuration> durations = new ArrayList<>(jdbc.query(sql, (rs, i) -> new StageDuration(entries.get(rs.getString(1)).name(),
        rs.getLong(2), PortfolioFigures.days(rs, 3), PortfolioFigures.days(rs, 4)), args.toArray()));
    durations.sort(java.util.Comparator.comparing(duration -> ProjectStage.valueOf(duration.stage())));
    return durations;
  }
}
