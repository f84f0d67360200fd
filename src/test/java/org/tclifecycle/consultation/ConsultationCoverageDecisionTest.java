package org.tclifecycle.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the published table {@code consultation-coverage}, with the cases on either side of each. */
class ConsultationCoverageDecisionTest {

  static DmnEngine dmn;
  static DmnDecision coverage;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = ConsultationCoverageDecisionTest.class.getResourceAsStream("/bpmn/consultation-coverage.dmn")) {
      coverage = dmn.parseDecision("consultation-coverage", table);
    }
  }

  @ParameterizedTest(name = "{0}, {1}, NHRI in registry {2} -> {3}")
  @CsvSource(delimiter = ';', value = {
      // government and civil society always
      "ASSESSMENT; GENDER_EQUALITY; false; GOVERNMENT CIVIL_SOCIETY",
      "EXECUTION_REVIEW; CIVIC_SPACE; false; GOVERNMENT CIVIL_SOCIETY",
      // the NHRI whenever the State has one, and only then
      "ASSESSMENT; GENDER_EQUALITY; true; GOVERNMENT CIVIL_SOCIETY NHRI",
      "EVALUATION; NON_DISCRIMINATION; true; GOVERNMENT CIVIL_SOCIETY NHRI",
      // the judiciary for the administration of justice, at every stage, and not for a neighbouring area
      "ASSESSMENT; ADMINISTRATION_OF_JUSTICE; false; GOVERNMENT CIVIL_SOCIETY JUDICIARY",
      "EXECUTION_REVIEW; ADMINISTRATION_OF_JUSTICE; true; GOVERNMENT CIVIL_SOCIETY NHRI JUDICIARY",
      "DESIGN; NATIONAL_HUMAN_RIGHTS_INSTITUTION; true; GOVERNMENT CIVIL_SOCIETY NHRI",
      // parliament on the design and evaluation of reporting and UPR projects, not at other stages or areas
      "DESIGN; UPR_IMPLEMENTATION; false; GOVERNMENT CIVIL_SOCIETY PARLIAMENT",
      "EVALUATION; TREATY_BODY_REPORTING; true; GOVERNMENT CIVIL_SOCIETY NHRI PARLIAMENT",
      "ASSESSMENT; UPR_IMPLEMENTATION; false; GOVERNMENT CIVIL_SOCIETY",
      "EXECUTION_REVIEW; TREATY_BODY_REPORTING; false; GOVERNMENT CIVIL_SOCIETY",
      "DESIGN; HUMAN_RIGHTS_EDUCATION; false; GOVERNMENT CIVIL_SOCIETY",
  })
  void requiredActorTypes(String stage, String thematicArea, boolean stateHasNhri, String required) {
    List<Object> types = dmn.evaluateDecisionTable(coverage, Variables.createVariables()
        .putValue("stage", stage).putValue("thematicArea", thematicArea).putValue("stateHasNhri", stateHasNhri))
        .collectEntries("requiredActorType");
    assertThat(types).containsExactlyInAnyOrder((Object[]) required.split(" "));
  }
}
