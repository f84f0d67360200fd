package org.tclifecycle.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the published table {@code rights-balance}: one per combination of the two families of rights. */
class RightsBalanceDecisionTest {

  static DmnEngine dmn;
  static DmnDecision balance;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = RightsBalanceDecisionTest.class.getResourceAsStream("/bpmn/rights-balance.dmn")) {
      balance = dmn.parseDecision("rights-balance", table);
    }
  }

  @ParameterizedTest(name = "civil or political {0}, economic, social or cultural {1} -> {2}")
  @CsvSource({
      "true, true, BALANCED",
      "true, false, ONLY_CIVIL_POLITICAL",
      "false, true, ONLY_ECONOMIC_SOCIAL_CULTURAL",
      "false, false, NO_RIGHTS_CATEGORY"})
  void flagsAProjectThatTouchesOneFamilyOnly(boolean civilOrPolitical, boolean economicSocialOrCultural, String expected) {
    Object result = dmn.evaluateDecisionTable(balance, Variables.createVariables()
        .putValue("civilOrPolitical", civilOrPolitical).putValue("economicSocialOrCultural", economicSocialOrCultural))
        .getSingleEntry();
    assertThat(result).isEqualTo(expected);
  }
}
