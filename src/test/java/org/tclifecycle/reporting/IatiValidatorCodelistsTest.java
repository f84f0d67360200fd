package org.tclifecycle.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tclifecycle.input.IsoCountry;

/**
 * The validator's codelist checks catch a wrong standard version, tag vocabulary, SDG target, recipient country,
 * sector or language (unknown or withdrawn), and two narratives in one language, and pass the right ones.
 */
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

  @Test
  void recipientCountrySectorAndLanguagesAreCheckedAgainstTheirCodelistsWithdrawnCodesIncluded() throws Exception {
    List<String> wrong = codelistProblems("2.03", "<recipient-country code=\"AN\"/><recipient-country code=\"ZZ\"/>"
        + "<sector vocabulary=\"1\" code=\"15162\"/><sector code=\"99999\"/><title><narrative xml:lang=\"xx\">x</narrative></title>");
    // AN (Netherlands Antilles) and 15162 (the old human-rights code) are withdrawn: the IATI Validator warns
    assertThat(wrong).anyMatch(p -> p.startsWith("codelist Country: 'AN'"))
        .anyMatch(p -> p.startsWith("codelist Country: 'ZZ'"))
        .anyMatch(p -> p.startsWith("codelist Sector: '15162'"))
        .anyMatch(p -> p.startsWith("codelist Sector: '99999'"))
        .anyMatch(p -> p.startsWith("codelist Language: 'xx'"));

    assertThat(codelistProblems("2.03", "<recipient-country code=\"SN\"/><recipient-country code=\"XK\"/><sector vocabulary=\"1\" code=\"15160\"/>"
        + "<sector vocabulary=\"99\" code=\"anything\"/><title><narrative xml:lang=\"fr\">x</narrative><narrative xml:lang=\"es\">x</narrative></title>"))
        .as("a sector of another vocabulary is not a DAC code").isEmpty();
  }

  @Test
  void theCopiedListsAreIatisWholeListsLessTheirWithdrawnCodes() throws Exception {
    assertThat(IatiValidator.codelist("Sector")).as("323 DAC codes, 28 withdrawn").hasSize(295)
        .contains("11110", "15160", "99820").doesNotContain("15162", "41050");
    assertThat(IatiValidator.codelist("Country")).as("251 codes, AN withdrawn").hasSize(250).contains("XK").doesNotContain("AN");
    assertThat(IatiValidator.codelist("Language")).hasSize(181).contains("en", "fr", "es", "ar", "ru", "zh");
  }

  @Test
  void everyCountryTheProductAcceptsIsAnActiveIatiCountry() throws Exception {
    TreeSet<String> accepted = new TreeSet<>();
    IsoCountry.Validator validator = new IsoCountry.Validator();
    for (char a = 'A'; a <= 'Z'; a++) {
      for (char b = 'A'; b <= 'Z'; b++) {
        if (validator.isValid("" + a + b, null)) {
          accepted.add("" + a + b);
        }
      }
    }
    assertThat(accepted).as("requests take these codes; the export publishes them as recipient-country").hasSizeGreaterThan(240)
        .contains("KE", "SN");
    assertThat(IatiValidator.codelist("Country")).containsAll(accepted);
  }

  @Test
  void twoNarrativesInOneLanguageAreAProblemAWordWithoutLanguageIsInTheActivitysDefault() throws Exception {
    String twice = "<iati-activities version=\"2.03\"><iati-activity xml:lang=\"en\"><title><narrative>Typed once</narrative>"
        + "<narrative xml:lang=\"en\">Typed once</narrative><narrative xml:lang=\"fr\">Saisi</narrative></title></iati-activity></iati-activities>";
    assertThat(IatiValidator.check(twice).problems()).contains("narrative: two narratives in 'en' at /iati-activities/iati-activity/title");

    String once = twice.replace("<narrative xml:lang=\"en\">Typed once</narrative>", "");
    assertThat(IatiValidator.check(once).problems()).noneMatch(p -> p.startsWith("narrative"));
  }

  private static List<String> codelistProblems(String version, String tags) throws Exception {
    String xml = "<iati-activities version=\"" + version + "\"><iati-activity>" + tags + "</iati-activity></iati-activities>";
    return IatiValidator.check(xml).problems().stream().filter(problem -> problem.startsWith("codelist")).toList();
  }
}
