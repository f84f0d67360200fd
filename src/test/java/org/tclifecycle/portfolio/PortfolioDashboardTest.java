package org.tclifecycle.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;

/** Given a portfolio whose answers are known, when a manager opens the dashboard, then every figure is the expected one. */
@IntegrationTest
class PortfolioDashboardTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String YEAR = "year=" + SeededPortfolio.YEAR;

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  SeededPortfolio portfolio;

  @BeforeEach
  void seed() {
    portfolio = SeededPortfolio.writtenNow(jdbc);
  }

  @AfterEach
  void removeSeed() {
    portfolio.remove();
  }

  @Test
  void projectsAreCountedByStageAndByStateWithTheFilters() {
    JsonNode figures = json(get("manager1", "/api/portfolio?" + YEAR));
    assertThat(rows(figures.get("byStage"), "stage", "projects"))
        .containsExactly("CONSENT=2", "DESIGN=1", "FUNDING=1", "EXECUTION=1", "ENDED=2");
    assertThat(rows(figures.get("byState"), "country", "projects", "open")).containsExactly("KE=4=4", "SN=2=0", "MV=1=1");
    assertThat(rows(json(get("manager1", "/api/portfolio?" + YEAR + "&thematicArea=GENDER_EQUALITY")).get("byStage"), "stage", "projects"))
        .containsExactly("DESIGN=1");
    assertThat(rows(json(get("manager1", "/api/portfolio?" + YEAR + "&country=SN")).get("byStage"), "stage", "projects"))
        .containsExactly("ENDED=2");
    assertThat(rows(json(get("manager1", "/api/portfolio?" + YEAR + "&fund=REGULAR_BUDGET")).get("byState"), "country", "projects"))
        .containsExactly("KE=1", "SN=1");
  }

  @Test
  void daysPerStageAreTheMedianAndNinetiethPercentileOfFinishedStagesInTheHistory() {
    JsonNode figures = json(get("manager1", "/api/portfolio?" + YEAR));
    // screening 2, 4, 6, 3, 1 days (a second screening round does not restart it); consent 10, 6, 20, 4;
    // assessment 8, 4, 4; design 10, 10; funding 1; execution still running
    assertThat(rows(figures.get("stageDurations"), "stage", "periods", "medianDays", "p90Days")).containsExactly(
        "SCREENING=5=3.0=5.2", "CONSENT=4=8.0=17.0", "NEEDS_ASSESSMENT=3=4.0=7.2", "DESIGN=2=10.0=10.0", "FUNDING=1=1.0=1.0");
  }

  @Test
  void consentWaitsOverdueTasksAndDeadlinesComeFromTheRuntime() {
    JsonNode figures = json(get("manager1", "/api/portfolio?" + YEAR));
    assertThat(rows(figures.get("consentWaiting"), "requests", "medianDays", "longestDays")).containsExactly("2=8.0=12.0");
    assertThat(rows(figures.get("consentWaits"), "projectKey", "waitingDays"))
        .containsExactly(SeededPortfolio.key(1) + "=12.0", SeededPortfolio.key(6) + "=4.0");
    assertThat(rows(figures.get("overdueByGroup"), "group", "tasks", "mostDaysOverdue")).containsExactly("tc-officers=2=5.0", "tc-managers=1=3.0");
    assertThat(rows(figures.get("overdueTasks"), "taskId", "projectKey", "daysOverdue", "link")).containsExactly(
        "pf-overdue-3=" + SeededPortfolio.key(5) + "=5.0=/camunda/app/tasklist/default/#/?task=pf-overdue-3",
        "pf-overdue-1=" + SeededPortfolio.key(2) + "=3.0=/camunda/app/tasklist/default/#/?task=pf-overdue-1",
        "pf-overdue-2=" + SeededPortfolio.key(5) + "=1.0=/camunda/app/tasklist/default/#/?task=pf-overdue-2");
    assertThat(figures.get("overdueNotListed").get("tasks").asLong()).isZero();
    assertThat(figures.get("overdueNotListed").get("link").asText()).isEqualTo(overdueFilterLink());
    List<String> deadlines = new ArrayList<>();
    figures.get("deadlines").forEach(row -> {
      if (!row.get("kind").asText().startsWith("PANEL")) {
        deadlines.add(row.get("kind").asText() + "=" + row.get("subject").asText() + "=" + row.get("what").asText());
      }
    });
    assertThat(deadlines).containsExactly("TASK_DUE=" + SeededPortfolio.key(2) + "=Report progress",
        "BOARD_SESSION=" + SeededPortfolio.key(2) + "=Seeded session");
  }

  @Test
  void aFullListOfOverdueTasksSaysHowManyItLeavesOutAndLinksToTasklistsOverdueFilter() {
    portfolio.moreOverdueTasks(PortfolioFigures.LIST_LIMIT);
    for (String filter : List.of(YEAR, YEAR + "&country=KE")) {
      JsonNode figures = json(get("manager1", "/api/portfolio?" + filter));
      assertThat(rows(figures.get("overdueByGroup"), "group", "tasks", "mostDaysOverdue")).as(filter)
          .containsExactly("tc-officers=102=105.0", "tc-managers=2=105.0");
      // 100 rows: the most overdue task twice (two groups), then the next 98; 103 tasks, 99 listed
      List<String> listed = rows(figures.get("overdueTasks"), "taskId", "daysOverdue");
      assertThat(listed).as(filter).hasSize(PortfolioFigures.LIST_LIMIT)
          .startsWith("pf-overdue-more-99=105.0", "pf-overdue-more-99=105.0", "pf-overdue-more-98=104.0").endsWith("pf-overdue-more-1=7.0");
      assertThat(figures.get("overdueNotListed").get("tasks").asLong()).as(filter).isEqualTo(4);
      assertThat(figures.get("overdueNotListed").get("link").asText()).isEqualTo(overdueFilterLink());
    }
    assertThat(json(get("manager1", "/api/portfolio?" + YEAR + "&country=SN")).get("overdueNotListed").get("tasks").asLong()).isZero();
  }

  @Test
  void withoutFiltersOverdueTasksAreCountedAsTheQueryOfBeforeCountedThem() {
    portfolio.moreOverdueTasks(PortfolioFigures.LIST_LIMIT);
    java.sql.Timestamp now = new java.sql.Timestamp(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().getTime());
    List<String> before = jdbc.query("select coalesce(l.group_id_, '(no group)') as grp, count(distinct t.id_) from act_ru_task t"
        + " left join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ is not null"
        + " where t.proc_inst_id_ is not null and t.due_date_ < ? group by coalesce(l.group_id_, '(no group)')"
        + " order by count(distinct t.id_) desc, grp", (rs, i) -> rs.getString(1) + "=" + rs.getLong(2), now);
    long overdue = jdbc.queryForObject("select count(*) from act_ru_task t where t.proc_inst_id_ is not null and t.due_date_ < ?", Long.class, now);
    JsonNode figures = json(get("manager1", "/api/portfolio"));
    assertThat(rows(figures.get("overdueByGroup"), "group", "tasks")).isEqualTo(before);
    long listed = rows(figures.get("overdueTasks"), "taskId").stream().distinct().count();
    assertThat(figures.get("overdueNotListed").get("tasks").asLong()).isEqualTo(overdue - listed);
  }

  @Test
  void consultationsFundsAndRecommendationsAreSummed() {
    JsonNode figures = json(get("manager1", "/api/portfolio?" + YEAR));
    assertThat(rows(figures.get("consultations"), "rounds", "roundsHearingNhriAndCivilSociety", "shareHearingNhriAndCivilSociety", "exceptionsGranted"))
        .containsExactly("4=2=0.5=2");
    assertThat(rows(figures.get("participants"), "sex", "participants")).containsExactly("women=12", "men=5", "other or not stated=1");
    assertThat(rows(figures.get("envelopes"), "fund", "year", "amount", "committed", "remaining")).containsExactly(
        "REGULAR_BUDGET=2019=1000000.0=250000.0=750000.0", "UPR_VOLUNTARY_FUND=2019=500000.0=500000.0=0.0");
    assertThat(rows(figures.get("fundOverrides"), "fund", "decisions", "overridden", "againstBoardAdvice")).containsExactly("REGULAR_BUDGET=2=1=1");
    assertThat(rows(figures.get("recommendationStatus"), "status", "recommendations"))
        .containsExactly("FULLY_IMPLEMENTED=1", "NOT_REPORTED=2", "PARTIALLY_IMPLEMENTED=1");
    assertThat(rows(json(get("manager1", "/api/portfolio?" + YEAR + "&country=MV")).get("unaddressedRecommendations"),
        "country", "supported", "addressed", "unaddressed")).containsExactly("MV=3=1=2");
  }

  @Test
  void everyTableIsACsvDownloadWithFormulasMadeInert() {
    ResponseEntity<String> byState = get("manager1", "/api/portfolio/byState.csv?" + YEAR);
    assertThat(byState.getStatusCode().value()).isEqualTo(200);
    assertThat(byState.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(byState.getBody()).isEqualTo("country,projects,open\r\nKE,4,4\r\nSN,2,0\r\nMV,1,1\r\n");
    String overdue = get("manager1", "/api/portfolio/overdueTasks.csv?" + YEAR).getBody();
    assertThat(overdue).startsWith("taskId,task,projectKey,group,due,daysOverdue,link\r\n").contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    for (String table : PortfolioTables.NAMES) {
      assertThat(get("manager1", "/api/portfolio/" + table + ".csv?" + YEAR).getStatusCode().value()).as(table).isEqualTo(200);
    }
    ResponseEntity<String> unknown = get("manager1", "/api/portfolio/secrets.csv");
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    assertThat(unknown.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
  }

  @Test
  void theHeatmapCountsProjectsAndMedianDaysPerActivityInThePeriod() {
    JsonNode heatmap = json(get("manager1", "/api/portfolio/heatmap?from=2019-01-01&to=2019-12-31"));
    List<String> activities = rows(heatmap.get("activities"), "activityId", "projects", "instances", "medianDays", "p90Days");
    assertThat(activities).contains("Task_ScreenRequest=5=6=1.0=2.0", "Task_RequestConsent=5=5=null=null")
        .noneMatch(activity -> activity.startsWith("Gateway_"));
    assertThat(json(get("manager1", "/api/portfolio/heatmap?from=2020-01-01&to=2020-12-31")).get("activities")).isEmpty();
    assertThat(get("manager1", "/api/portfolio/heatmap.csv?from=2019-01-01&to=2019-12-31").getBody())
        .startsWith("activityId,activityName,activityType,projects,instances,medianDays,p90Days\r\n");
  }

  @Test
  void badFiltersAreRefusedNamingTheField() {
    for (String[] bad : new String[][] {{"/api/portfolio?year=1800", "year"}, {"/api/portfolio?fund=GOLD", "fund"},
        {"/api/portfolio?country=XX", "country"}, {"/api/portfolio/heatmap?from=2019-12-31&to=2019-01-01", "from"},
        {"/api/portfolio/heatmap?from=yesterday", "from"}}) {
      ResponseEntity<String> refused = get("manager1", bad[0]);
      assertThat(refused.getStatusCode().value()).as(bad[0]).isEqualTo(400);
      assertThat(refused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
      assertThat(refused.getBody()).as(bad[0]).contains("\"" + bad[1] + "\"");
    }
  }

  @Test
  void onlyManagersAndAdministratorsMayReadThePortfolio() {
    for (String path : List.of("/api/portfolio", "/api/portfolio/byState.csv", "/api/portfolio/heatmap")) {
      assertThat(get("officer1", path).getStatusCode().value()).as("officer " + path).isEqualTo(403);
      assertThat(get("external1", path).getStatusCode().value()).as("external account " + path).isEqualTo(403);
      assertThat(get(null, path).getStatusCode().value()).as("anonymous " + path).isEqualTo(401);
      assertThat(get("manager1", path).getStatusCode().value()).as("manager " + path).isEqualTo(200);
    }
  }

  @Test
  void theEndpointsAreInTheOpenApiDocument() {
    JsonNode paths = json(get("manager1", "/v3/api-docs")).get("paths");
    assertThat(paths.has("/api/portfolio")).isTrue();
    assertThat(paths.has("/api/portfolio/{table}.csv")).isTrue();
    assertThat(paths.has("/api/portfolio/heatmap")).isTrue();
    assertThat(paths.get("/api/portfolio").get("get").get("parameters").toString()).contains("thematicArea", "country", "year", "fund");
  }

  String overdueFilterLink() {
    String id = jdbc.queryForObject("select id_ from act_ru_filter where name_ = 'Overdue'", String.class);
    return "/camunda/app/tasklist/default/#/?filter=" + id;
  }

  ResponseEntity<String> get(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, EngineRest.DEMO_PASSWORD);
    }
    return http.exchange("http://localhost:" + port + path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  static JsonNode json(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    try {
      return JSON.readTree(response.getBody());
    } catch (Exception e) {
      throw new AssertionError(response.getBody(), e);
    }
  }

  /** Each row as its fields' values joined by "=", in order. */
  static List<String> rows(JsonNode table, String... fields) {
    List<String> rows = new ArrayList<>();
    table.forEach(row -> {
      List<String> values = new ArrayList<>();
      for (String field : fields) {
        values.add(row.get(field).isNull() ? "null" : row.get(field).asText());
      }
      rows.add(String.join("=", values));
    });
    return rows;
  }
}
