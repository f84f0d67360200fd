package org.tclifecycle.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text of every decision table a person reads (the decision's name, each input's label, each rule's
 * annotation) has its translation in every offered language, and no translation names a text no table has.
 */
class DecisionTextsCompletenessTest {

  /** The keys of every decision table's texts, as {@link DecisionTexts} looks them up. */
  static TreeSet<String> keysOfTheTables() throws IOException {
    TreeSet<String> keys = new TreeSet<>();
    Resource[] tables = new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.dmn");
    assertThat(tables).as("decision tables on the class path").isNotEmpty();
    for (Resource table : tables) {
      try (InputStream in = table.getInputStream()) {
        DmnModelInstance model = Dmn.readModelFromStream(in);
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
          if (decision.getName() != null) {
            keys.add(decision.getId());
          }
          for (Input input : decision.getChildElementsByType(org.camunda.bpm.model.dmn.instance.DecisionTable.class).stream()
              .flatMap(decisionTable -> decisionTable.getInputs().stream()).toList()) {
            if (input.getLabel() != null) {
              keys.add(decision.getId() + "." + input.getId());
            }
          }
          for (Rule rule : decision.getChildElementsByType(org.camunda.bpm.model.dmn.instance.DecisionTable.class).stream()
              .flatMap(decisionTable -> decisionTable.getRules().stream()).toList()) {
            if (rule.getDescription() != null && !rule.getDescription().getTextContent().isBlank()) {
              keys.add(decision.getId() + "." + rule.getId());
            }
          }
        }
      }
    }
    return keys;
  }

  @Test
  void everyTextOfEveryDecisionTableHasItsTranslationAndNoMore() throws IOException {
    TreeSet<String> tables = keysOfTheTables();
    assertThat(tables).as("the funding criteria's annotations are among them").contains("funding-allocation.Rule_HighScore",
        "priority-score.Rule_Nhri", "fund-eligibility.Rule_NoConsent", "priority-score.Input_CoFundingShare");
    for (Locale language : Languages.offered()) {
      if (language.equals(Languages.DEFAULT)) {
        continue;
      }
      Properties bundle = new Properties();
      String file = "i18n/decisions_" + language.getLanguage() + ".properties";
      try (InputStream in = DecisionTextsCompletenessTest.class.getClassLoader().getResourceAsStream(file)) {
        assertThat(in).as(file).isNotNull();
        bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      TreeSet<String> missing = new TreeSet<>(tables);
      missing.removeAll(bundle.stringPropertyNames());
      TreeSet<String> unknown = new TreeSet<>(bundle.stringPropertyNames());
      unknown.removeAll(tables);
      assertThat(missing).as("texts of the decision tables without a translation in %s", file).isEmpty();
      assertThat(unknown).as("keys of %s that no decision table has", file).isEmpty();
      bundle.stringPropertyNames().forEach(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }
  }

  @Test
  void aTranslationIsServedByItsKeyAndEnglishIsTheTablesOwn() {
    assertThat(DecisionTexts.text(Locale.FRENCH, "funding-allocation.Rule_HighScore", "A priority score of 60 or more: the full amount."))
        .isEqualTo("Un score de priorité de 60 ou plus : le montant intégral.");
    assertThat(DecisionTexts.text(Locale.ENGLISH, "funding-allocation.Rule_HighScore", "As the table says.")).isEqualTo("As the table says.");
    assertThat(DecisionTexts.text(Locale.FRENCH, "funding-allocation.Rule_Unknown", "As the table says.")).isEqualTo("As the table says.");
  }
}
