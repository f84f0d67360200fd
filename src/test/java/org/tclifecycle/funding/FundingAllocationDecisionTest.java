package org.tclifecycle.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of the published graph {@code funding-allocation} with its boundaries: the eligibility
 * checks in their order, each criterion of the priority score, and the allocation thresholds.
 */
class FundingAllocationDecisionTest {

  static DmnEngine dmn;
  static Map<String, DmnDecision> decisions = new HashMap<>();

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream graph = FundingAllocationDecisionTest.class.getResourceAsStream("/bpmn/funding-allocation.dmn")) {
      dmn.parseDecisionRequirementsGraph(graph).getDecisions().forEach(d -> decisions.put(d.getKey(), d));
    }
  }

  /** An eligible UPR-fund project in a State of no category, scoring 0. */
  static Map<String, Object> criteria() {
    Map<String, Object> criteria = new HashMap<>();
    criteria.put("fund", "UPR_VOLUNTARY_FUND");
    criteria.put("consentRecorded", true);
    criteria.put("supportedRecommendations", 1);
    criteria.put("leastDeveloped", false);
    criteria.put("smallIsland", false);
    criteria.put("landlocked", false);
    criteria.put("specificActionShare", 0.0);
    criteria.put("nhriInvolved", false);
    criteria.put("civilSocietyInvolved", false);
    criteria.put("genderFocus", false);
    criteria.put("rightsBalanced", false);
    criteria.put("coFundingShare", 0.0);
    criteria.put("requestedAmount", 100000.0);
    return criteria;
  }

  static DmnDecisionResult evaluate(String decision, Map<String, Object> criteria) {
    return dmn.evaluateDecision(decisions.get(decision), Variables.createVariables().putValue("criteria", criteria));
  }

  @ParameterizedTest(name = "{0}, consent {1}, {2} supported, LDC {3}, SIDS {4} -> {5} ({6})")
  @CsvSource({
      "UPR_VOLUNTARY_FUND, false, 1, true, false, false, the State's consent is not recorded",
      "REGULAR_BUDGET, false, 0, false, false, false, the State's consent is not recorded",
      "UPR_VOLUNTARY_FUND, true, 0, true, false, false, no linked recommendation that the State supported",
      "UPR_VOLUNTARY_FUND, true, 1, true, false, true, eligible; a least developed country has priority",
      "UPR_VOLUNTARY_FUND, true, 1, false, true, true, eligible; a small island developing State has priority",
      "UPR_VOLUNTARY_FUND, true, 1, false, false, true, eligible",
      "VOLUNTARY_FUND_TECHNICAL_COOPERATION, true, 0, false, false, true, eligible",
      "BILATERAL_DONOR, true, 0, true, true, true, eligible; a least developed country has priority"})
  void eligibilityChecksConsentThenSupportedRecommendationsThenPriority(String fund, boolean consent, int supported,
      boolean ldc, boolean sids, boolean eligible, String reason) {
    Map<String, Object> criteria = criteria();
    criteria.put("fund", fund);
    criteria.put("consentRecorded", consent);
    criteria.put("supportedRecommendations", supported);
    criteria.put("leastDeveloped", ldc);
    criteria.put("smallIsland", sids);
    Map<String, Object> result = evaluate("fund-eligibility", criteria).getSingleResult().getEntryMap();
    assertThat(result.get("eligible")).isEqualTo(eligible);
    assertThat(result.get("eligibilityReason")).isEqualTo(reason);
    assertThat(result.get("priorityCountry")).isEqualTo(eligible && (ldc || sids));
  }

  @ParameterizedTest(name = "{0} = {1} adds {2}")
  @CsvSource({
      "leastDeveloped, true, 20", "smallIsland, true, 15", "landlocked, true, 10",
      "specificActionShare, 0.5, 15", "specificActionShare, 1.0, 15", "specificActionShare, 0.4999, 8",
      "specificActionShare, 0.25, 8", "specificActionShare, 0.2499, 0",
      "nhriInvolved, true, 10", "civilSocietyInvolved, true, 10", "genderFocus, true, 10", "rightsBalanced, true, 10",
      "coFundingShare, 0.2, 10", "coFundingShare, 0.1999, 0"})
  void eachPublishedCriterionAddsItsPoints(String criterion, String value, int points) {
    Map<String, Object> criteria = criteria();
    criteria.put(criterion, value.equals("true") ? (Object) Boolean.TRUE : Double.valueOf(value));
    assertThat(((Number) evaluate("priority-score", criteria).getSingleEntry()).intValue()).isEqualTo(points);
  }

  @Test
  void theScoreIsTheSumOfEveryCriterionMet() {
    Map<String, Object> criteria = criteria();
    for (String flag : new String[] {"leastDeveloped", "smallIsland", "landlocked", "nhriInvolved", "civilSocietyInvolved", "genderFocus", "rightsBalanced"}) {
      criteria.put(flag, true);
    }
    criteria.put("specificActionShare", 0.75);
    criteria.put("coFundingShare", 0.5);
    DmnDecisionResult score = evaluate("priority-score", criteria);
    assertThat(((Number) score.getSingleEntry()).intValue()).isEqualTo(20 + 15 + 10 + 15 + 10 + 10 + 10 + 10 + 10);
  }

  @ParameterizedTest(name = "{0} (score {1}), {2} asked -> {3} {4}")
  @CsvSource({
      "'nhri civilSociety gender rights landlocked coFunding', 60, 100000, FULL, 1.0",
      "'someSpecific nhri civilSociety gender rights landlocked', 58, 100000, PARTIAL, 0.6",
      "'nhri civilSociety gender', 30, 100000, PARTIAL, 0.6",
      "'someSpecific nhri civilSociety', 28, 100000, REFER_TO_BOARD, ",
      "'ldc nhri', 30, 100000, FULL, 1.0",
      "'sids mostlySpecific', 30, 100000, FULL, 1.0",
      "'ldc someSpecific', 28, 100000, REFER_TO_BOARD, ",
      "'ldc sids nhri civilSociety gender', 65, 250000, FULL, 1.0",
      "'ldc sids nhri civilSociety gender', 65, 250000.01, REFER_TO_BOARD, "})
  void allocationFollowsScoreThresholdsAndTheBoardsLimit(String met, int score, double amount, String allocation, Double cap) {
    Map<String, Object> criteria = criteria();
    for (String criterion : met.split(" ")) {
      switch (criterion) {
        case "ldc" -> criteria.put("leastDeveloped", true);
        case "sids" -> criteria.put("smallIsland", true);
        case "landlocked" -> criteria.put("landlocked", true);
        case "nhri" -> criteria.put("nhriInvolved", true);
        case "civilSociety" -> criteria.put("civilSocietyInvolved", true);
        case "gender" -> criteria.put("genderFocus", true);
        case "rights" -> criteria.put("rightsBalanced", true);
        case "coFunding" -> criteria.put("coFundingShare", 0.2);
        case "mostlySpecific" -> criteria.put("specificActionShare", 0.5);
        case "someSpecific" -> criteria.put("specificActionShare", 0.25);
        default -> throw new IllegalArgumentException(criterion);
      }
    }
    criteria.put("requestedAmount", amount);
    assertThat(((Number) evaluate("priority-score", criteria).getSingleEntry()).intValue()).isEqualTo(score);
    Map<String, Object> result = evaluate("funding-allocation", criteria).getSingleResult().getEntryMap();
    assertThat(result.get("allocation")).isEqualTo(allocation);
    assertThat(result.get("capShare") == null ? null : ((Number) result.get("capShare")).doubleValue()).isEqualTo(cap);
    assertThat((String) result.get("allocationReason")).isNotBlank();
  }

  @Test
  void anIneligibleProjectGetsNothingWithTheEligibilityReason() {
    Map<String, Object> criteria = criteria();
    criteria.put("leastDeveloped", true);
    criteria.put("consentRecorded", false);
    Map<String, Object> result = evaluate("funding-allocation", criteria).getSingleResult().getEntryMap();
    assertThat(result.get("allocation")).isEqualTo("NOT_ELIGIBLE");
    assertThat(result.get("allocationReason")).isEqualTo("Not eligible: the State's consent is not recorded");
  }
}
