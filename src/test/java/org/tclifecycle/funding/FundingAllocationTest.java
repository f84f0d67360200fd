package org.tclifecycle.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;

/**
 * Funding against the published criteria (§15), over HTTP: the manager sees the recommendation and why,
 * approval commits the amount against the fund's envelope, an override is flagged, the last money of an
 * envelope goes to one of two racing approvals only, and every allocation is explained from the API,
 * by the version of the criteria that made it even after a new version is deployed.
 */
@IntegrationTest
class FundingAllocationTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repository;
  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  String atFundingDecision(Map<String, Object> requestChanges, List<String> recommendations, Map<String, Object> designChanges) {
    Map<String, Object> request = new LinkedHashMap<>(TestData.request());
    request.put("recommendationIds", recommendations);
    request.putAll(requestChanges);
    String key = rest.projectAtNeedsAssessment(request);
    Map<String, Object> assessment = TestData.assessment();
    assessment.put("recommendationIds", recommendations);
    Map<String, Object> design = new LinkedHashMap<>(TestData.design());
    design.putAll(designChanges);
    rest.atFundingDecision(key, "KE", assessment, design);
    return key;
  }

  JsonNode funding(String user, String key) {
    return EngineRest.json(rest.api(user, HttpMethod.GET, "/api/projects/" + key + "/funding-decision", null));
  }

  String variable(String taskId, String name) {
    return EngineRest.json(rest.call("manager1", HttpMethod.GET, "/task/" + taskId + "/variables/" + name, null)).get("value").asText();
  }

  BigDecimal committed(String fund, String currency) {
    return jdbc.queryForObject("select committed from fund_envelope where fund = ? and currency = ? and budget_year = extract(year from current_date)",
        BigDecimal.class, fund, currency);
  }

  int criteriaVersion() {
    return EngineRest.json(rest.api("officer1", HttpMethod.GET, "/api/funding/criteria", null)).get("version").asInt();
  }

  @Test
  void theManagerSeesWhyAndApprovalCommitsTheRecommendedAmount() {
    String key = atFundingDecision(Map.of(), List.of(TestData.RECOMMENDATION), Map.of("coFunding", 30000));
    String taskId = rest.task("manager1", key, "Task_DecideFunding").get("id").asText();
    assertThat(variable(taskId, "fundingRecommendation"))
        .startsWith("**Recommendation: partial amount, up to 48,000.30 USD** (priority score from 30 to 59: at most 60 % of the amount). Priority score 40")
        .contains("The national human rights institution gave input to a consultation on the project (§16): 10 points.")
        .contains("At least a fifth of the budget comes from other sources: 10 points.");
    assertThat(variable(taskId, "fundingAmount")).as("prefilled as the form shows it").isEqualTo("48,000.30");
    BigDecimal before = committed("UPR_VOLUNTARY_FUND", "USD");

    rest.work("manager1", key, "Task_DecideFunding", Map.of("fundingDecision", "APPROVE", "fundingJustification", "As recommended."));

    assertThat(committed("UPR_VOLUNTARY_FUND", "USD").subtract(before)).isEqualByComparingTo("48000.30");
    JsonNode explained = funding("external1", key);
    JsonNode evaluation = explained.get("evaluation");
    assertThat(evaluation.get("allocation").asText()).isEqualTo("PARTIAL");
    assertThat(evaluation.get("priorityScore").asInt()).isEqualTo(40);
    assertThat(evaluation.get("decisions").findValuesAsText("decisionKey")).containsExactly("funding-allocation", "fund-eligibility", "priority-score");
    assertThat(evaluation.get("decisions").findValuesAsText("version")).containsOnly(String.valueOf(criteriaVersion()));
    JsonNode score = evaluation.get("decisions").get(2);
    assertThat(score.get("inputs").get("Share of the budget co-funded").asDouble()).isEqualTo(0.2727);
    assertThat(score.get("matchedRules").findValuesAsText("ruleId"))
        .containsExactlyInAnyOrder("Rule_Base", "Rule_Nhri", "Rule_CivilSociety", "Rule_RightsBalance", "Rule_CoFunding");
    assertThat(evaluation.get("decisions").get(1).get("inputs").get("Fund asked for").asText()).isEqualTo("UPR_VOLUNTARY_FUND");
    JsonNode decision = explained.get("decisions").get(0);
    assertThat(decision.get("overridden").asBoolean()).isFalse();
    assertThat(decision.get("amount").decimalValue()).isEqualByComparingTo("48000.30");
    assertThat(decision.get("decidedBy").asText()).isEqualTo("manager1");

    JsonNode funds = EngineRest.json(rest.api("external2", HttpMethod.GET, "/api/funds", null));
    assertThat(funds.findValuesAsText("projectKey")).contains(key);
    assertThat(rest.api("external2", HttpMethod.GET, "/api/projects/" + key + "/funding-decision", null).getStatusCode().value())
        .as("another State's partner").isEqualTo(404);
  }

  @Test
  void approvingAgainstTheCriteriaIsAnOverrideKeptWithItsJustification() {
    String key = atFundingDecision(Map.of(), List.of(TestData.NOTED_RECOMMENDATION), Map.of());
    String taskId = rest.task("manager1", key, "Task_DecideFunding").get("id").asText();
    assertThat(variable(taskId, "fundingRecommendation"))
        .startsWith("**Recommendation: not eligible** (Not eligible: no linked recommendation that the State supported)");
    rest.ok(rest.claim("manager1", taskId));
    ResponseEntity<String> noAmount = rest.submit("manager1", taskId, Map.of("fundingDecision", "APPROVE", "fundingJustification", "Urgent."));
    assertThat(noAmount.getStatusCode().value()).isEqualTo(400);
    assertThat(EngineRest.json(noAmount).get("message").asText()).contains("Amount to commit: is required to approve funding");

    ResponseEntity<String> tooEasy = rest.submit("manager1", taskId, Map.of("fundingDecision", "APPROVE", "fundingAmount", "20,000",
        "fundingJustification", "ok"));
    assertThat(tooEasy.getStatusCode().value()).as("an override with 'ok' as its reasons").isEqualTo(400);
    assertThat(EngineRest.json(tooEasy).get("message").asText())
        .contains("Justification: deciding against the published criteria needs reasons of at least 100 characters (you wrote 2)")
        .contains("I decide against the published criteria or the Board's advice: tick it to confirm");
    assertThat(funding("officer1", key).path("decisions").size()).as("nothing kept of the refused override").isZero();

    rest.ok(rest.submit("manager1", taskId, Map.of("fundingDecision", "APPROVE", "fundingAmount", "20,000", "overrideConfirmed", true,
        "fundingJustification", "The State's new legal aid law needs support before its next UPR review; the Ministry co-finances the clinics.")));

    JsonNode decision = funding("officer1", key).get("decisions").get(0);
    assertThat(decision.get("overridden").asBoolean()).isTrue();
    assertThat(decision.get("recommendedAllocation").asText()).isEqualTo("NOT_ELIGIBLE");
    assertThat(decision.get("justification").asText()).startsWith("The State's new legal aid law");
    JsonNode project = EngineRest.json(rest.api("external1", HttpMethod.GET, "/api/projects/" + key, null));
    assertThat(project.get("funding").get("overridden").asBoolean()).as("flagged where the project is reported").isTrue();
    assertThat(project.get("funding").get("amount").decimalValue()).isEqualByComparingTo("20000");
  }

  /** A project asking 300,000 of the fund, consulted on its design: the criteria refer it to the Board of Trustees. */
  private String projectReferredToTheBoard() {
    Map<String, Object> request = new LinkedHashMap<>(TestData.request());
    request.put("recommendationIds", List.of(TestData.RECOMMENDATION));
    String key = rest.projectAtNeedsAssessment(request);
    Map<String, Object> assessment = TestData.assessment();
    assessment.put("recommendationIds", List.of(TestData.RECOMMENDATION));
    Map<String, Object> design = new LinkedHashMap<>(TestData.design());
    design.put("budget", 300000);
    rest.work("officer1", key, "Task_AssessNeeds", assessment);
    rest.consult("officer1", key, "KE", "Task_DesignProject");
    rest.work("officer1", key, "Task_DesignProject", design);
    rest.consult("officer2", key, "KE", "Task_ScheduleBoardSession");
    return key;
  }

  @Test
  void aProjectAskingMoreThan250000WaitsForTheBoardAndDecidingAgainstItsAdviceIsAnOverride() {
    String key = projectReferredToTheBoard();
    assertThat(rest.task("officer1", key, "Task_ScheduleBoardSession", false)).as("the secretariat's task, not the officers'").isNull();

    String scheduleId = rest.task("secretary1", key, "Task_ScheduleBoardSession").get("id").asText();
    rest.ok(rest.claim("secretary1", scheduleId));
    ResponseEntity<String> past = rest.submit("secretary1", scheduleId, Map.of("boardSessionName", "47th session", "boardSessionDate", "2020-05-04"));
    assertThat(past.getStatusCode().value()).isEqualTo(400);
    assertThat(past.getBody()).contains("Planned date of the session: must not be in the past");
    String planned = java.time.LocalDate.now().plusDays(10).toString();
    rest.ok(rest.submit("secretary1", scheduleId, Map.of("boardSessionName", "47th session", "boardSessionDate", planned)));
    JsonNode waiting = EngineRest.json(rest.api("external1", HttpMethod.GET, "/api/projects/" + key, null));
    assertThat(waiting.get("boardReferral").get("plannedOn").asText()).isEqualTo(planned);
    assertThat(waiting.get("boardReferral").get("advice").isNull()).isTrue();
    assertThat(waiting.get("openTasks").findValuesAsText("name")).anyMatch(name -> name.startsWith("Record Board advice"));

    String adviceId = rest.task("secretary1", key, "Task_RecordBoardAdvice").get("id").asText();
    // the form receives it with Markdown characters escaped (input/PlainTextInForms): it reads as written
    assertThat(EngineRest.json(rest.call("secretary1", HttpMethod.GET, "/task/" + adviceId + "/variables/boardReferralSummary", null))
        .get("value").asText().replace("\\", "")).contains("more than 250,000 is asked", "300,000.00", "47th session, planned for " + planned);
    rest.ok(rest.claim("secretary1", adviceId));
    Map<String, Object> advice = new LinkedHashMap<>(Map.of("boardSessionHeldOn", java.time.LocalDate.now().toString(),
        "boardAdvice", "APPROVE_LOWER_AMOUNT", "boardAdvisedAmount", 300000, "boardMinutesReference", "VF-UPR/BT/47/3"));
    ResponseEntity<String> notLower = rest.submit("secretary1", adviceId, advice);
    assertThat(notLower.getStatusCode().value()).isEqualTo(400);
    assertThat(notLower.getBody()).contains("Amount the Board advises: must be lower than the amount asked of the fund");
    advice.put("boardAdvisedAmount", 200000);
    rest.ok(rest.submit("secretary1", adviceId, advice));

    rest.awaitTask(key, "Task_DecideFunding");
    String decideId = rest.task("manager1", key, "Task_DecideFunding").get("id").asText();
    assertThat(variable(decideId, "fundingRecommendation"))
        .startsWith("**Board of Trustees: approve a lower amount, 200,000.00** (47th session, held on ")
        .contains("minutes VF-UPR/BT/47/3", "**Recommendation: refer to the Board of Trustees**");
    assertThat(variable(decideId, "fundingAmount")).isEqualTo("200,000.00");
    assertThat(variable(decideId, "criteriaRecommendFunding")).as("the form warns against the Board's advice").isEqualTo("true");
    rest.ok(rest.claim("manager1", decideId));
    ResponseEntity<String> aboveAdvice = rest.submit("manager1", decideId, Map.of("fundingDecision", "APPROVE",
        "fundingAmount", "250,000", "fundingJustification", "Needed."));
    assertThat(aboveAdvice.getStatusCode().value()).isEqualTo(400);
    assertThat(aboveAdvice.getBody()).contains(
        "Justification: deciding against the Board of Trustees' advice needs reasons of at least 100 characters (you wrote 7)");
    rest.ok(rest.submit("manager1", decideId, Map.of("fundingDecision", "REJECT", "overrideConfirmed", true,
        "fundingJustification", "The State asked to postpone the project to the next budget year, when its new judicial "
            + "reform plan is adopted; the request will come again then.")));

    JsonNode explained = funding("officer1", key);
    JsonNode board = explained.get("boardReferrals").get(0);
    assertThat(board.get("advice").asText()).isEqualTo("APPROVE_LOWER_AMOUNT");
    assertThat(board.get("advisedAmount").decimalValue()).isEqualByComparingTo("200000");
    assertThat(board.get("minutesReference").asText()).isEqualTo("VF-UPR/BT/47/3");
    assertThat(board.get("recordedBy").asText()).isEqualTo("secretary1");
    JsonNode decision = explained.get("decisions").get(0);
    assertThat(decision.get("againstBoardAdvice").asBoolean()).isTrue();
    assertThat(decision.get("overridden").asBoolean()).isTrue();
    JsonNode project = EngineRest.json(rest.api("external1", HttpMethod.GET, "/api/projects/" + key, null));
    assertThat(project.get("funding").get("againstBoardAdvice").asBoolean()).as("flagged where the project is reported").isTrue();
    assertThat(project.get("boardReferral").get("advice").asText()).isEqualTo("APPROVE_LOWER_AMOUNT");
  }

  @Test
  void followingTheBoardsAdviceIsNoOverrideEvenWhereTheCriteriaAloneWouldHaveFundedLess() {
    String key = projectReferredToTheBoard();
    rest.work("secretary1", key, "Task_ScheduleBoardSession",
        Map.of("boardSessionName", "48th session", "boardSessionDate", java.time.LocalDate.now().plusDays(3).toString()));
    rest.work("secretary1", key, "Task_RecordBoardAdvice", Map.of("boardSessionHeldOn", java.time.LocalDate.now().toString(),
        "boardAdvice", "APPROVE_LOWER_AMOUNT", "boardAdvisedAmount", 280000, "boardMinutesReference", "VF-UPR/BT/48/1"));
    rest.awaitTask(key, "Task_DecideFunding");

    rest.work("manager1", key, "Task_DecideFunding", Map.of("fundingDecision", "APPROVE", "fundingAmount", "280,000",
        "fundingJustification", "As the Board advised."));

    JsonNode decision = funding("officer1", key).get("decisions").get(0);
    assertThat(decision.get("recommendedAmount").decimalValue()).as("the criteria alone recommended less than the Board")
        .isLessThan(new java.math.BigDecimal("280000"));
    assertThat(decision.get("amount").decimalValue()).isEqualByComparingTo("280000");
    assertThat(decision.get("againstBoardAdvice").asBoolean()).isFalse();
    assertThat(decision.get("overridden").asBoolean()).isFalse();
  }

  @Test
  void twoApprovalsRacingForTheLastMoneyCannotBothSucceed() throws Exception {
    ResponseEntity<String> envelope = rest.api("manager1", HttpMethod.POST, "/api/funds/envelopes",
        Map.of("fund", "REGULAR_BUDGET", "year", java.time.Year.now().getValue(), "currency", "CHF", "amount", 100000));
    assertThat(envelope.getStatusCode().value()).as(envelope.getBody()).isEqualTo(201);
    assertThat(rest.api("officer1", HttpMethod.POST, "/api/funds/envelopes",
        Map.of("fund", "REGULAR_BUDGET", "year", 2030, "currency", "CHF", "amount", 1)).getStatusCode().value()).isEqualTo(403);
    assertThat(rest.api("manager1", HttpMethod.POST, "/api/funds/envelopes",
        Map.of("fund", "REGULAR_BUDGET", "year", java.time.Year.now().getValue(), "currency", "CHF", "amount", 5)).getStatusCode().value())
        .as("one envelope per fund, year and currency").isEqualTo(409);
    ResponseEntity<String> bad = rest.api("manager1", HttpMethod.POST, "/api/funds/envelopes",
        Map.of("fund", "REGULAR_BUDGET", "year", 1999, "currency", "XYZ", "amount", -5));
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(EngineRest.json(bad).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("year", "currency", "amount");
    ResponseEntity<String> gold = rest.api("manager1", HttpMethod.POST, "/api/funds/envelopes",
        Map.of("fund", "REGULAR_BUDGET", "year", java.time.Year.now().getValue(), "currency", "XAU", "amount", 100));
    assertThat(gold.getStatusCode().value()).as("an ISO code not on IATI's Currency codelist").isEqualTo(400);
    assertThat(EngineRest.json(gold).get("errors").findValuesAsText("field")).containsExactly("currency");
    Map<String, Object> chf = Map.of("currency", "CHF", "preferredFund", "REGULAR_BUDGET");
    List<String> tasks = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String key = atFundingDecision(chf, List.of(TestData.RECOMMENDATION), Map.of());
      String taskId = rest.task("manager1", key, "Task_DecideFunding").get("id").asText();
      assertThat(variable(taskId, "fundingAmount")).as("60 %% of 110,000.50").isEqualTo("66,000.30");
      rest.ok(rest.claim(i == 0 ? "manager1" : "manager2", taskId));
      tasks.add(taskId);
    }
    CyclicBarrier together = new CyclicBarrier(2);
    List<CompletableFuture<ResponseEntity<String>>> approvals = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String manager = i == 0 ? "manager1" : "manager2";
      String taskId = tasks.get(i);
      approvals.add(CompletableFuture.supplyAsync(() -> {
        try {
          together.await();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return rest.submit(manager, taskId, Map.of("fundingDecision", "APPROVE", "fundingJustification", "Regular budget."));
      }));
    }
    List<Integer> statuses = new ArrayList<>();
    String refusal = null;
    for (CompletableFuture<ResponseEntity<String>> approval : approvals) {
      ResponseEntity<String> response = approval.get();
      statuses.add(response.getStatusCode().value());
      if (response.getStatusCode().value() == 400) {
        refusal = response.getBody();
      }
    }
    assertThat(statuses).containsExactlyInAnyOrder(204, 400);
    assertThat(refusal).contains("fundingAmount").containsAnyOf("exceeds what remains", "at the same moment");
    assertThat(committed("REGULAR_BUDGET", "CHF")).isEqualByComparingTo("66000.30");
    assertThat(jdbc.queryForObject("select count(*) from fund_commitment c join fund_envelope e on e.id = c.envelope_id where e.currency = 'CHF'",
        Integer.class)).isEqualTo(1);
  }

  @Test
  void aNewVersionOfTheCriteriaDecidesNewProjectsWhileOldDecisionsKeepTheirExplanation() throws Exception {
    String before = atFundingDecision(Map.of(), List.of(TestData.RECOMMENDATION), Map.of());
    int oldVersion = criteriaVersion();
    String original = new ClassPathResource("bpmn/funding-allocation.dmn").getContentAsString(StandardCharsets.UTF_8);
    String changed = original.replace("<text>&gt;= 60</text>", "<text>&gt;= 25</text>")
        .replace("A priority score of 60 or more: the full amount.", "A priority score of 25 or more: the full amount (test version).");
    assertThat(changed).isNotEqualTo(original);
    repository.createDeployment().name("funding criteria, test version").addString("funding-allocation.dmn", changed).deploy();
    try {
      assertThat(criteriaVersion()).isEqualTo(oldVersion + 1);
      String after = atFundingDecision(Map.of(), List.of(TestData.RECOMMENDATION), Map.of());

      JsonNode oldEvaluation = funding("officer1", before).get("evaluation");
      assertThat(oldEvaluation.get("allocation").asText()).isEqualTo("PARTIAL");
      assertThat(oldEvaluation.get("decisions").get(0).get("version").asInt()).isEqualTo(oldVersion);
      JsonNode newEvaluation = funding("officer1", after).get("evaluation");
      assertThat(newEvaluation.get("allocation").asText()).isEqualTo("FULL");
      assertThat(newEvaluation.get("decisions").get(0).get("version").asInt()).isEqualTo(oldVersion + 1);
      assertThat(newEvaluation.get("decisions").get(0).get("matchedRules").get(0).get("annotation").asText())
          .isEqualTo("A priority score of 25 or more: the full amount (test version).");
      JsonNode oldCriteria = EngineRest.json(rest.api("officer1", HttpMethod.GET, "/api/funding/criteria?version=" + oldVersion, null));
      assertThat(oldCriteria.get("decisions").get(0).get("rules").findValuesAsText("annotation"))
          .contains("A priority score of 60 or more: the full amount.");
    } finally {
      repository.createDeployment().name("funding criteria, as published").addString("funding-allocation.dmn", original).deploy();
    }
  }

  @Test
  void coFundingMustStayBelowTheBudget() {
    String key = rest.projectAtNeedsAssessment(new LinkedHashMap<>(Map.of("countryCode", "KE", "requestingAuthority", "Ministry of Justice",
        "thematicArea", "ADMINISTRATION_OF_JUSTICE", "assistanceType", "TECHNICAL_ASSISTANCE", "summary", "Legal aid.",
        "recommendationIds", List.of(TestData.RECOMMENDATION), "rightsCategories", List.of("CIVIL"), "estimatedBudget", 50000,
        "currency", "USD", "preferredFund", "UPR_VOLUNTARY_FUND")));
    rest.work("officer1", key, "Task_AssessNeeds", TestData.assessment());
    rest.consult("officer1", key, "KE", "Task_DesignProject");
    String taskId = rest.task("officer1", key, "Task_DesignProject").get("id").asText();
    rest.ok(rest.claim("officer1", taskId));
    Map<String, Object> design = new LinkedHashMap<>(TestData.design());
    design.put("coFunding", 110000.50);
    ResponseEntity<String> refused = rest.submit("officer1", taskId, design);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("Co-funding: must be less than the budget");
  }

  @Test
  void theCriteriaAreReadFromTheDeployedTables() {
    JsonNode criteria = EngineRest.json(rest.api("external1", HttpMethod.GET, "/api/funding/criteria", null));
    assertThat(criteria.get("key").asText()).isEqualTo("funding-allocation-criteria");
    JsonNode decisions = criteria.get("decisions");
    assertThat(decisions.findValuesAsText("key")).containsExactly("funding-allocation", "fund-eligibility", "priority-score");
    assertThat(decisions.get(0).get("requires")).extracting(JsonNode::asText).containsExactlyInAnyOrder("fund-eligibility", "priority-score");
    assertThat(decisions.findValuesAsText("hitPolicy")).containsExactly("FIRST", "FIRST", "COLLECT");
    assertThat(decisions.get(2).get("aggregation").asText()).isEqualTo("SUM");
    for (JsonNode decision : decisions) {
      assertThat(decision.get("rules")).allSatisfy(rule -> assertThat(rule.get("annotation").asText()).isNotBlank());
    }
    assertThat(decisions.get(1).get("inputs").findValuesAsText("expression")).contains("criteria.consentRecorded");
    JsonNode categories = EngineRest.json(rest.api("external1", HttpMethod.GET, "/api/country-categories?country=NP", null));
    assertThat(categories.findValuesAsText("effectiveTo")).contains("2026-11-24");
    assertThat(rest.api("officer1", HttpMethod.GET, "/api/funding/criteria?version=999", null).getStatusCode().value()).isEqualTo(404);
  }
}
