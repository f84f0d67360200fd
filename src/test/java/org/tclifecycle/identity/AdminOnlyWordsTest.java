package org.tclifecycle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tclifecycle.i18n.Languages;
import org.tclifecycle.i18n.Messages;

/** "Only administrators may …" names what was refused in the reader's language: every action has its words in each language. */
class AdminOnlyWordsTest {

  @Test
  void everyAdministratorsOnlyActionIsWordedInEveryLanguage() {
    assertThat(EngineClientGuard.adminOnlyActionCodes()).hasSizeGreaterThan(30);
    for (String code : EngineClientGuard.adminOnlyActionCodes()) {
      String english = Messages.text(Locale.ENGLISH, code);
      assertThat(english).as(code).isNotBlank().doesNotContain("{", "''");
      for (Locale language : Languages.offered()) {
        if (!language.equals(Languages.DEFAULT)) {
          assertThat(Messages.text(language, code)).as(code + " in " + language).isNotBlank().isNotEqualTo(english);
        }
      }
    }
    assertThat(Messages.text(Locale.ENGLISH, "adminOnly.moveAJobsDueDate")).isEqualTo("move a job's due date");
  }
}
