package org.tclifecycle.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Markup reduced to safe text, paragraph numbers and trailing recommending States taken off, as UHRI texts need. */
class UhriTextTest {

  @Test
  void markupBecomesPlainTextAndNoTagSurvivesEvenWrittenAsEntities() {
    assertThat(UhriText.plain("<p>Adopt&nbsp;a <b>law</b> &amp; a plan</p><p>on&#160;housing&#x2019;s future</p>"))
        .isEqualTo("Adopt a law & a plan on housing’s future");
    assertThat(UhriText.plain("Ensure &lt;script&gt;x&lt;/script&gt; is 1 &lt; 2")).isEqualTo("Ensure x is 1 ‹ 2");
    assertThat(UhriText.plain("<!-- note --><ul><li>(a) One;</li><li>(b) Two.</li></ul>")).isEqualTo("(a) One; (b) Two.");
  }

  @Test
  void theParagraphNumberAndTheRecommendingStatesComeOff() {
    assertThat(UhriText.split("140.1 Ratify the Optional Protocol (Slovenia, Chile);", true))
        .isEqualTo(new UhriText.Split("140.1", "Ratify the Optional Protocol"));
    assertThat(UhriText.split("117.25. Consider a moratorium (Italy).", true)).isEqualTo(new UhriText.Split("117.25", "Consider a moratorium"));
    assertThat(UhriText.split("23. The Committee recommends (in line with target 16.3) that", false))
        .as("outside the UPR a closing parenthesis is the text's own").isEqualTo(new UhriText.Split("23", "The Committee recommends (in line with target 16.3) that"));
    assertThat(UhriText.split("2030 Agenda targets are met", true)).isEqualTo(new UhriText.Split(null, "2030 Agenda targets are met"));
    assertThat(UhriText.split("3 million people are reached", true).paragraph()).isNull();
  }

  @Test
  void aCitationReadsAsPeopleCiteIt() {
    assertThat(UhriText.citation("A/HRC/35/10", "140.1", List.of("Slovenia", "Chile"))).isEqualTo("A/HRC/35/10 ¶140.1 (Slovenia, Chile)");
    assertThat(UhriText.citation("CRC/C/KEN/CO/3-5", "23", List.of())).isEqualTo("CRC/C/KEN/CO/3-5 ¶23");
    assertThat(UhriText.citation(null, null, List.of())).isEmpty();
  }
}
