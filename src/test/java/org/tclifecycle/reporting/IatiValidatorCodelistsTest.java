package org.tclifecycle.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator's codelist checks catch a wrong standard version, tag vocabulary or SDG target, and pass the right ones. */
class IatiValidatorCodelistsTest {

  @Test
  void versionTagVocabularyAndSdgTargetsAreCheckedAgainstTheirCodelists() throws Exception {
    List<String> wrong = codelistProblems("2.99", "<tag vocabulary=\"3\" code=\"16.99\"/><tag vocabulary=\"98\" code=\"x\"/>");
    assertThat(wrong).anyMatch(p -> p.startsWith("codelist Version: '2.99'"))
        .anyMatch(p -> p.startsWith("codelist UNSDG-Targets: '16.99'"))
        .anyMatch(p -> p.startsWith("codelist TagVocabulary: '98'"));

    assertThat(codelistProblems("2.03", "<tag vocabulary=\"3\" code=\"16.3\"/><tag vocabulary=\"3\" code=\"17.19\"/><tag vocabulary=\"3\" code=\"5.c\"/>"))
        .isEmpty();
  }

  @Test
  void theSdgTargetsListHoldsTheUnsOneHundredAndSixtyNineTargets() throws Exception {
    assertThat(IatiValidator.codelist("UNSDG-Targets")).hasSize(169).contains("1.1", "16.10", "16.b", "17.19").doesNotContain("16.c", "17.20");
  }

  private static List<String> codelistProblems(String version, String tags) throws Exception {
    String xml = "<iati-activities version=\"" + version + "\"><iati-activity>" + tags + "</iati-activity></iati-activities>";
    return IatiValidator.check(xml).problems().stream().filter(problem -> problem.startsWith("codelist")).toList();
  }
}
