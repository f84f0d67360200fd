package org.tclifecycle.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
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

  /**
   * The text is reduced by a hand-written scanner (regular expressions took a fifth of an import's time); the
   * expressions it replaced are the reference it must agree with, over random mixes of markup, entities and text.
   */
  @Test
  void theScannerReadsMarkupAsTheRegularExpressionsItReplacedDid() {
    String[] pieces = {"<p>", "</p>", "<br/>", "<BR >", "< br>", "</li>", "</LI>", "</h3>", "</pre>", "</div class='x'>", "</tr>",
        "<b>", "</b>", "<a href=\"x\">", "<!-- note -->", "<!--", "-->", "<?xml version='1.0'?>", "<!DOCTYPE html>", "<", ">",
        "&amp;", "&lt;", "&gt;", "&lt;b&gt;", "&#160;", "&nbsp;", "&#x2019;", "&bogus;", "&", " ", "  ", "\t", "\n", "\u00a0",
        "Ratify", "140.1", "(Chile)", "law", "1 < 2", "x>y", "<3", "</", "<1>", "<brx>", "</p2>"};
    Random random = new Random(2126);
    for (int i = 0; i < 20000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(12); n >= 0; n--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      assertThat(UhriText.plain(text.toString())).as(text.toString()).isEqualTo(RegularExpressions.plain(text.toString()));
    }
  }

  /** The first version of {@link UhriText#plain} (entities decoded as before), kept as the reference. */
  private static final class RegularExpressions {
    static final Pattern BREAK = Pattern.compile("(?i)<\\s*(br|/p|/li|/div|/h\\d|/tr)\\b[^>]*>");
    static final Pattern TAG = Pattern.compile("(?s)<[!/?]?[a-zA-Z][^>]*>|<!--.*?-->");

    static String plain(String html) {
      String text = TAG.matcher(BREAK.matcher(html).replaceAll(" ")).replaceAll("");
      if (text.indexOf('&') >= 0) {
        text = TAG.matcher(UhriText.decode(text)).replaceAll("");
      }
      return text.replace('<', '‹').replace('>', '›').replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
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
