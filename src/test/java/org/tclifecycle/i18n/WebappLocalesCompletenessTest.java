package org.tclifecycle.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tasklist, Cockpit and Admin read in French label for label: every label of the English locale file that
 * Camunda's webjar ships (read from the classpath, so a Camunda upgrade that adds labels fails here) has a French
 * value in our {@code locales/fr.json}, with the same {{placeholders}} and HTML elements; the French file holds
 * no label English has not, except the texts of our own plugins ({@code TC_*}, each named in a plugin of that app);
 * every text our plugins declare in English has its French; the app's config offers French.
 */
class WebappLocalesCompletenessTest {

  private static final String WEBAPP = "META-INF/resources/webjars/camunda/app/";
  private static final Path SOURCES = Path.of("src/main/resources", WEBAPP);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?\\}\\}");
  /** HTML elements the labels use ({@code <null>} or {@code <definition>} are words on screen, not elements). */
  private static final Pattern HTML_ELEMENT = Pattern.compile("</?(a|b|br|code|div|em|i|li|ol|p|pre|small|span|strong|u|ul)\\b");
  /** A plugin's English text: {@code TC_KEY: 'text'} in its ENGLISH object. */
  private static final Pattern PLUGIN_TEXT = Pattern.compile("\\b(TC_[A-Z0-9_]+): '((?:[^'\\\\]|\\\\.)*)'");
  /** A group of codes a plugin names through t.code / t.label / select: {@code 'STAGE'}. */
  private static final Pattern CODE_GROUP = Pattern.compile("'([A-Z][A-Z_]+)'");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void everyEnglishLabelHasAFrenchValue(String app) throws IOException {
    Map<String, String> english = labels(app, "en");
    Map<String, String> french = labels(app, "fr");
    assertThat(english).as("English labels of %s in the webjar", app).hasSizeGreaterThan(300);
    List<String> missing = english.entrySet().stream()
        .filter(label -> !label.getValue().isBlank() && french.getOrDefault(label.getKey(), "").isBlank())
        .map(Map.Entry::getKey).toList();
    assertThat(missing).as("labels of %s without French", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void frenchKeepsThePlaceholdersAndHtmlElementsOfTheEnglish(String app) throws IOException {
    Map<String, String> english = labels(app, "en");
    Map<String, String> french = labels(app, "fr");
    Map<String, String> mismatched = new TreeMap<>();
    english.forEach((key, text) -> {
      String translation = french.get(key);
      if (translation == null) {
        return;
      }
      if (!matches(PLACEHOLDER, text).equals(matches(PLACEHOLDER, translation))) {
        mismatched.put(key, "placeholders " + matches(PLACEHOLDER, text) + " but French has " + matches(PLACEHOLDER, translation));
      } else if (!matches(HTML_ELEMENT, text).equals(matches(HTML_ELEMENT, translation))) {
        mismatched.put(key, "HTML " + matches(HTML_ELEMENT, text) + " but French has " + matches(HTML_ELEMENT, translation));
      }
    });
    assertThat(mismatched).as("French labels of %s that drop or add a placeholder or an element", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void frenchHoldsNoLabelEnglishHasNotButOurPluginsTexts(String app) throws IOException {
    Map<String, String> english = labels(app, "en");
    String plugins = pluginSources(app);
    TreeSet<String> groups = new TreeSet<>();
    Matcher group = CODE_GROUP.matcher(plugins);
    while (group.find()) {
      groups.add(group.group(1));
    }
    List<String> unknown = labels(app, "fr").keySet().stream()
        .filter(key -> !english.containsKey(key))
        .filter(key -> !key.startsWith("TC_") || !(plugins.contains(key) || groups.stream().anyMatch(g -> key.startsWith("TC_" + g + "_"))))
        .toList();
    assertThat(unknown).as("labels of %s/locales/fr.json that neither Camunda's English nor our plugins have", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit"})
  void everyTextOurPluginsDeclareInEnglishHasItsFrenchWithTheSamePlaceholders(String app) throws IOException {
    Map<String, String> french = labels(app, "fr");
    Matcher text = PLUGIN_TEXT.matcher(pluginSources(app));
    Map<String, String> wrong = new TreeMap<>();
    int declared = 0;
    while (text.find()) {
      declared++;
      String key = text.group(1);
      String translation = french.get(key);
      if (translation == null || translation.isBlank()) {
        wrong.put(key, "no French");
      } else if (!matches(PLACEHOLDER, text.group(2)).equals(matches(PLACEHOLDER, translation))) {
        wrong.put(key, "placeholders " + matches(PLACEHOLDER, text.group(2)) + " but French has " + matches(PLACEHOLDER, translation));
      }
    }
    assertThat(declared).as("texts declared by the plugins of %s", app).isGreaterThan(10);
    assertThat(wrong).as("texts of the plugins of %s", app).isEmpty();
  }

  /** Camunda offers a language only when the app's config.js lists it; ours overrides the webjar's. */
  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void theAppOffersEnglishAndFrench(String app) throws IOException {
    String config = Files.readString(SOURCES.resolve(app).resolve("scripts/config.js"));
    assertThat(config).containsPattern("availableLocales:\\s*\\['en',\\s*'fr'\\]").contains("fallbackLocale: 'en'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "admin"})
  void datesReadInFrenchAlikeInTheThreeApps(String app) throws IOException {
    JsonNode tasklist = locale("tasklist", "fr").get("dateLocales");
    assertThat(locale(app, "fr").get("dateLocales")).isEqualTo(tasklist);
    assertThat(tasklist.get("calendar").get("sameDay").asText()).isEqualTo("[Aujourd’hui à] LT");
    assertThat(tasklist.get("months").get(7).asText()).isEqualTo("août");
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(matcher.groupCount() > 0 ? 1 : 0));
    }
    Collections.sort(found);
    return found;
  }

  private static String pluginSources(String app) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(SOURCES.resolve(app))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".js") && !p.endsWith("config.js")).sorted().toList()) {
        all.append(Files.readString(file)).append('\n');
      }
    }
    return all.toString();
  }

  private static Map<String, String> labels(String app, String language) throws IOException {
    Map<String, String> labels = new LinkedHashMap<>();
    locale(app, language).get("labels").fields().forEachRemaining(label -> labels.put(label.getKey(), label.getValue().asText()));
    return labels;
  }

  /** The locale file the webapp serves: en.json from Camunda's webjar, fr.json ours. */
  private static JsonNode locale(String app, String language) throws IOException {
    String path = WEBAPP + app + "/locales/" + language + ".json";
    try (InputStream in = WebappLocalesCompletenessTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }
}
