package org.tclifecycle.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tclifecycle.i18n.Languages;

/**
 * Every text of every form (label, description, option, column, text component) has a translation in every
 * offered language, each translation belongs to a text a form has, and keeps the form's template variables
 * and links: a translation cannot drift from the form's fields.
 */
class FormTranslationCompletenessTest {

  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\s*}}|\\]\\((/[^)?]*)");

  static Stream<Locale> translatedLanguages() {
    return Languages.offered().stream().filter(language -> !language.equals(Languages.DEFAULT));
  }

  static Map<String, String> englishTexts() {
    Map<String, String> texts = new LinkedHashMap<>();
    FormComponents.all("file:forms/*.form").values().forEach(form -> texts.putAll(FormTexts.english(form)));
    return texts;
  }

  static Properties bundle(Locale language) throws IOException {
    Properties bundle = new Properties();
    try (InputStream in = FormTexts.class.getClassLoader().getResourceAsStream("i18n/forms_" + language.getLanguage() + ".properties")) {
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return bundle;
  }

  @ParameterizedTest
  @MethodSource("translatedLanguages")
  void everyTextOfEveryFormIsTranslated(Locale language) throws IOException {
    Set<String> missing = new TreeSet<>(englishTexts().keySet());
    missing.removeAll(bundle(language).stringPropertyNames());
    assertThat(missing).as("texts of the forms without a translation in forms_%s.properties", language).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("translatedLanguages")
  void theBundleHoldsNoKeyThatNoFormHas(Locale language) throws IOException {
    Set<String> stale = new TreeSet<>(bundle(language).stringPropertyNames());
    stale.removeAll(englishTexts().keySet());
    assertThat(stale).as("keys of forms_%s.properties that match no text of any form", language).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("translatedLanguages")
  void translationsShowTheSameVariablesAndLinksAsTheForm(Locale language) throws IOException {
    Properties bundle = bundle(language);
    englishTexts().forEach((key, english) -> {
      if (bundle.containsKey(key)) {
        assertThat(templates(bundle.getProperty(key))).as(key).isEqualTo(templates(english));
        assertThat(bundle.getProperty(key)).as(key).isNotBlank();
      }
    });
  }

  @ParameterizedTest
  @MethodSource("translatedLanguages")
  void aTranslatedFormKeepsItsKeysValuesAndRules(Locale language) {
    JsonNode form = FormComponents.byId("assess-needs").orElseThrow();
    JsonNode translated = FormTexts.translate(form, language);

    assertThat(translated).isNotEqualTo(form);
    assertThat(FormComponents.of(translated)).hasSameSizeAs(FormComponents.of(form));
    for (int i = 0; i < FormComponents.of(form).size(); i++) {
      JsonNode original = FormComponents.of(form).get(i);
      JsonNode copy = FormComponents.of(translated).get(i);
      assertThat(copy.path("key")).isEqualTo(original.path("key"));
      assertThat(copy.path("validate")).isEqualTo(original.path("validate"));
      assertThat(copy.path("conditional")).isEqualTo(original.path("conditional"));
      assertThat(copy.findValuesAsText("value")).isEqualTo(original.findValuesAsText("value"));
    }
    assertThat(FormComponents.byId("assess-needs").orElseThrow()).as("the deployed form is not changed").isEqualTo(form);
  }

  @org.junit.jupiter.api.Test
  void frenchReadsFrenchAndEnglishStaysTheFormsOwnText() {
    JsonNode form = FormComponents.byId("assess-needs").orElseThrow();
    JsonNode french = FormTexts.translate(form, Locale.FRENCH);

    assertThat(FormTexts.english(french)).containsEntry("assess-needs.findings.label", "Constats")
        .containsEntry("assess-needs.Text_0.text", "**Projet** {{businessKey}} · **État** {{stateName}}")
        .containsEntry("assess-needs.rightsCategories.values.ECONOMIC", "Économiques");
    assertThat(FormTexts.translate(form, Locale.ENGLISH)).isEqualTo(form);
    assertThat(FormTexts.translate(form, Locale.forLanguageTag("sw"))).as("a language without a bundle reads in English").isEqualTo(form);
    assertThat(FormLabels.label("record-consent", "consentDate", Locale.FRENCH)).isEqualTo("Date de la décision");
    assertThat(FormLabels.label("record-consent", "consentDate")).isEqualTo("Date of the decision");
    assertThat(FormTexts.option("register-request", "countryCode", "SN", Locale.FRENCH)).isEqualTo("Sénégal");
  }

  private static Set<String> templates(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = TEMPLATE.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replaceAll("\\s", ""));
    }
    return found;
  }
}
