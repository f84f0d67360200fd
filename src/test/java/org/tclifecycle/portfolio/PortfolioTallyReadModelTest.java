package org.tclifecycle.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.tclifecycle.project.Fund;
import org.tclifecycle.project.ProjectRepository;
import org.tclifecycle.project.ProjectStatus;
import org.tclifecycle.project.ThematicArea;

/**
 * The dashboard's counts come from {@code portfolio_tally}, kept with each change: after whole lifecycles (a
 * design sent back after the funding decision, recommendations relinked at the assessment and followed up, actors'
 * input with its participants, a project closed, a request declined) the counts kept, and the filter values each stage period carries, equal those the migration's back-fill counts from the
 * records, and the figures read from them equal those the dashboard counted from the records before, for each filter.
 */
@IntegrationTest
class PortfolioTallyReadModelTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProjectRepository projects;
  @Autowired PortfolioFigures figures;

  @Test
  void theCountsKeptWithEachChangeEqualTheCountsOfTheRecordsAfterSeveralLifecycles() {
    // what earlier tests wrote straight into the tables is counted first
    TallyBackfill.STATEMENTS.forEach(jdbc::update);
    EngineRest rest = new EngineRest(http, port);

    Map<String, Object> request = new LinkedHashMap<>(TestData.request());
    request.put("recommendationIds", List.of(TestData.RECOMMENDATION));
    String closed = rest.projectAtNeedsAssessment(request);
    Map<String, Object> assessment = TestData.assessment();
    assessment.put("recommendationIds", List.of(TestData.RECOMMENDATION, TestData.NOTED_RECOMMENDATION));
    rest.atFundingDecision(closed, "KE", assessment, TestData.design());
    rest.work("manager1", closed, "Task_DecideFunding", Map.of("fundingDecision", "REVISE", "fundingJustification", "Add a gender focus."));
    rest.awaitTask(closed, "Task_DesignProject");
    rest.work("officer1", closed, "Task_DesignProject", TestData.design());
    rest.consult("officer2", closed, "KE", "Task_DecideFunding");
    rest.work("manager1", closed, "Task_DecideFunding", Map.of("fundingDecision", "APPROVE", "fundingJustification", "Meets the criteria."));
    rest.awaitTask(closed, "Task_ReviewExecution");
    rest.executed(closed, "KE");
    rest.awaitTask(closed, "Task_FollowUpRecommendation");
    for (String status : List.of("IN_PROGRESS", "FULLY_IMPLEMENTED")) {
      rest.work("officer1", closed, "Task_FollowUpRecommendation", Map.of("implementationStatus", status, "evidence", "Bail guidelines adopted."));
    }
    rest.awaitTask(closed, "Task_PlanConsultation");
    rest.consult("officer1", closed, "KE", "Task_EvaluateProject");
    rest.work("officer1", closed, "Task_EvaluateProject", Map.of("lessonsLearned", "Start with data.", "goodPractices", "Court-user committees."));
    rest.work("manager1", closed, "Task_CloseProject", Map.of("closureNote", "Objectives met."));
    awaitStatus(closed, ProjectStatus.CLOSED);

    String declined = declinedRequest(rest, request);
    awaitStatus(declined, ProjectStatus.DECLINED);
    String assessed = rest.projectAtAssessmentConsultation(request);

    assertThat(jdbc.queryForObject("select count(*) from project_stage_period s join cooperation_project p on p.id = s.project_id"
        + " where p.business_key in (?, ?, ?) and (s.fund is null or s.fund <> p.preferred_fund or s.thematic_area <> p.thematic_area"
        + " or s.country_code <> p.country_code or s.created_year <> ?)", Integer.class, closed, declined, assessed,
        projects.findByBusinessKey(closed).orElseThrow().getCreatedAt().atZone(java.time.ZoneOffset.UTC).getYear()))
        .as("each stage period carries its project's filter values").isZero();
    List<String> kept = tallies();
    assertThat(kept).as("the lifecycles were counted").anyMatch(row -> row.contains("RECOMMENDATION_STATUS") && row.contains("FULLY_IMPLEMENTED"))
        .anyMatch(row -> row.startsWith("PARTICIPANTS")).anyMatch(row -> row.contains("ENDED:DECLINED"));
    TallyBackfill.STATEMENTS.forEach(jdbc::update);
    assertThat(kept).as("the counts kept, as the back-fill counts the records (" + closed + ", " + declined + ", " + assessed + ")")
        .containsExactlyElementsOf(tallies());
  }

  @Test
  void theFiguresReadFromTheCountsAreThoseTheRecordsGiveForEveryFilter() {
    SeededPortfolio portfolio = SeededPortfolio.writtenNow(jdbc);
    try {
      CountingQueries counting = new CountingQueries(jdbc);
      int year = SeededPortfolio.YEAR;
      for (PortfolioFilter filter : List.of(PortfolioFilter.NONE, new PortfolioFilter(year, null, null, null),
          new PortfolioFilter(year, null, null, "KE"), new PortfolioFilter(null, null, null, "SN"), new PortfolioFilter(null, Fund.REGULAR_BUDGET, null, null),
          new PortfolioFilter(year, null, ThematicArea.GENDER_EQUALITY, null), new PortfolioFilter(null, Fund.UPR_VOLUNTARY_FUND,
              ThematicArea.ADMINISTRATION_OF_JUSTICE, "KE"), new PortfolioFilter(2020, null, null, null))) {
        assertThat(figures.byStage(filter)).as("byStage " + filter).isEqualTo(counting.byStage(filter));
        assertThat(figures.byState(filter)).as("byState " + filter).isEqualTo(counting.byState(filter));
        assertThat(figures.consultations(filter)).as("consultations " + filter).isEqualTo(counting.consultations(filter));
        assertThat(figures.participants(filter)).as("participants " + filter).isEqualTo(counting.participants(filter));
        assertThat(figures.fundOverrides(filter)).as("fundOverrides " + filter).isEqualTo(counting.fundOverrides(filter));
        assertThat(figures.recommendationStatus(filter)).as("recommendationStatus " + filter).isEqualTo(counting.recommendationStatus(filter));
      }
      assertThat(figures.byStage(new PortfolioFilter(year, null, null, null))).as("the seeded portfolio is counted").isNotEmpty();
    } finally {
      portfolio.remove();
    }
  }

  private String declinedRequest(EngineRest rest, Map<String, Object> request) {
    ResponseEntity<String> created = rest.api("officer1", HttpMethod.POST, "/api/requests", request);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    String key = EngineRest.json(created).get("businessKey").asText();
    rest.awaitTask(key, "Task_ScreenRequest");
    rest.work("officer1", key, "Task_ScreenRequest", Map.of("screeningOutcome", "COMPLETE"));
    rest.awaitTask(key, "Task_RecordConsent");
    Map<String, Object> refusal = Map.of("decision", "REFUSED", "signatory", "H.E. the Minister",
        "date", java.time.LocalDate.now().minusDays(1).toString(), "reference", "NV/2026/10");
    assertThat(rest.api("officer1", HttpMethod.POST, "/api/requests/" + key + "/consent", refusal).getStatusCode().value()).isEqualTo(200);
    return key;
  }

  private void awaitStatus(String key, ProjectStatus status) {
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> projects.findByBusinessKey(key).orElseThrow().getStatus() == status);
  }

  /** Every count that is not zero, one line each, in key order. */
  private List<String> tallies() {
    return new ArrayList<>(jdbc.query("select figure, created_year, fund, thematic_area, country_code, item, tally from portfolio_tally"
        + " where tally <> 0 order by figure, created_year, fund, thematic_area, country_code, item",
        (rs, i) -> String.join(" ", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getString(7))));
  }
}
