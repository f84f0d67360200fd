package org.tclifecycle.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LanguagesTest {

  @Test
  void englishAndFrenchAreOfferedBecauseTheirFilesAreThere() {
    assertThat(Languages.offered()).startsWith(Locale.ENGLISH).contains(Locale.FRENCH);
  }

  @Test
  void theBrowsersPreferenceAmongTheOfferedLanguagesWins() {
    assertThat(Languages.ofAcceptLanguage("fr-FR,fr;q=0.9,en;q=0.8")).isEqualTo(Locale.FRENCH);
    assertThat(Languages.ofAcceptLanguage("fr-SN")).isEqualTo(Locale.FRENCH);
    assertThat(Languages.ofAcceptLanguage("de-CH,de;q=0.9,fr;q=0.5")).isEqualTo(Locale.FRENCH);
    assertThat(Languages.ofAcceptLanguage("en-GB,fr;q=0.5")).isEqualTo(Locale.ENGLISH);
    assertThat(Languages.ofAcceptLanguage("sw-KE")).as("not offered").isEqualTo(Locale.ENGLISH);
    assertThat(Languages.ofAcceptLanguage(null)).isEqualTo(Locale.ENGLISH);
    assertThat(Languages.ofAcceptLanguage(";;q=x")).as("malformed").isEqualTo(Locale.ENGLISH);
  }

  @Test
  void theLangParameterOverridesTheHeader() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.addHeader("Accept-Language", "en");
    request.setQueryString("x=1&lang=fr");
    assertThat(Languages.of(request)).isEqualTo(Locale.FRENCH);
    request.setQueryString("lang=xx");
    assertThat(Languages.of(request)).isEqualTo(Locale.ENGLISH);
  }
}
