package org.tclifecycle.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlainTextInFormsTest {

  @Test
  void markupIsEscapedSoItShowsAsTyped() {
    String forged = "[Sign in again](https://evil.example/login) ![x](https://evil.example/p.png) <b>bold</b> # Title & *more*";
    String escaped = PlainTextInForms.escape(forged);
    assertThat(escaped).startsWith("\\[Sign in again\\]\\(https\\://evil\\.example/login\\)")
        .contains("\\!\\[x\\]").contains("\\<b\\>bold\\</b\\>").contains("\\# Title \\& \\*more\\*");
    assertThat(escaped.replace("\\", "")).isEqualTo(forged);
    assertThat(PlainTextInForms.escape("- item\n+ more\n6a31682d-3804-423b")).isEqualTo("\\- item\n\\+ more\n6a31682d-3804-423b");
    assertThat(PlainTextInForms.escape("Kenya National Commission on Human Rights")).isEqualTo("Kenya National Commission on Human Rights");
  }

  @Test
  void theVariablesEachFormShowsFromOutsideAreFoundInTheRealForms() {
    Map<String, Set<String>> shown = PlainTextInForms.externalTextByForm("file:forms/*.form");
    assertThat(shown).containsKeys("assess-needs", "record-actor-input", "record-contribution", "decide-consultation-exception");
    assertThat(shown.get("record-actor-input")).contains("actorName");
    assertThat(shown.get("assess-needs")).contains("unregisteredRecommendations");
    assertThat(shown.get("record-contribution")).contains("contributorName", "panelTitle");
    assertThat(shown.values()).allSatisfy(names -> assertThat(names).doesNotContainAnyElementsOf(PlainTextInForms.PRODUCT_TEXT));
  }
}
