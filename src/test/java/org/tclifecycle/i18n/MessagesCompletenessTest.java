package org.tclifecycle.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sentence of the product exists in every offered language, and a translation uses only the arguments
 * its code is given (it may leave one out: « Aucun projet. » needs no count).
 */
class MessagesCompletenessTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

  @Test
  void everyLanguageHasExactlyTheEnglishCodes() throws IOException {
    Properties english = bundle("i18n/messages.properties");
    assertThat(english).isNotEmpty();
    for (Locale language : Languages.offered()) {
      if (language.equals(Languages.DEFAULT)) {
        continue;
      }
      Properties other = bundle("i18n/messages_" + language.getLanguage() + ".properties");
      assertThat(other.stringPropertyNames()).as("codes of messages_%s.properties", language)
          .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }
  }

  @Test
  void everyTranslationIsAValidMessageFormatUsingOnlyTheArgumentsTheEnglishIsGiven() throws IOException {
    Properties english = bundle("i18n/messages.properties");
    for (Locale language : Languages.offered()) {
      Properties bundle = language.equals(Languages.DEFAULT) ? english
          : bundle("i18n/messages_" + language.getLanguage() + ".properties");
      TreeMap<String, Set<String>> mismatched = new TreeMap<>();
      for (String code : bundle.stringPropertyNames()) {
        String text = bundle.getProperty(code);
        new MessageFormat(text, language); // throws on a malformed pattern
        if (english.containsKey(code) && !placeholders(english.getProperty(code)).containsAll(placeholders(text))) {
          mismatched.put(code, placeholders(text));
        }
      }
      assertThat(mismatched).as("codes of %s using an argument the English is not given", language).isEmpty();
    }
  }

  /** A code missing from the bundle would turn a refusal into a 500. */
  @Test
  void everyCodeTheSourcesNameIsInTheEnglishBundle() throws IOException {
    Properties english = bundle("i18n/messages.properties");
    Pattern literalCode = Pattern.compile("Messages\\.text\\((?:[\\w.()]+,\\s*)?\"([\\w.]+)\"");
    List<Named> named = namedInSources(literalCode);
    TreeSet<String> unknown = new TreeSet<>();
    named.stream().filter(n -> !n.code().endsWith(".") && !english.containsKey(n.code())).forEach(n -> unknown.add(n.toString()));
    assertThat(named).as("codes found in the sources").hasSizeGreaterThan(50);
    assertThat(unknown).isEmpty();
  }

  /**
   * A Bean Validation annotation names its message by code ({@code message = "{input.positive}"}), resolved in the
   * caller's language: a literal English message would reach a French reader, a code missing from the bundle would
   * reach them as "{input.positive}".
   */
  @Test
  void everyAnnotationsMessageIsACodeOfTheBundles() throws IOException {
    Properties english = bundle("i18n/messages.properties");
    Pattern literalMessage = Pattern.compile("(?:\\bmessage\\s*=|message\\(\\)\\s*default|_MESSAGE\\s*=|\\bMESSAGE\\s*=)\\s*\"(?!\\{)([^\"]*)\"");
    Pattern messageCode = Pattern.compile("\"\\{([a-z]\\w*(?:\\.\\w+)+)\\}\"");
    TreeSet<String> literal = new TreeSet<>();
    namedInSources(literalMessage).forEach(n -> literal.add(n.toString()));
    List<Named> codes = namedInSources(messageCode);
    TreeSet<String> unknown = new TreeSet<>();
    codes.stream().filter(n -> !english.containsKey(n.code())).forEach(n -> unknown.add(n.toString()));
    assertThat(literal).as("annotations' messages written in English instead of a {code}").isEmpty();
    assertThat(codes).as("message codes found in annotations").hasSizeGreaterThan(20);
    assertThat(unknown).as("codes missing from messages.properties (each other language must have the same codes)").isEmpty();
  }

  /** Codes kept with what they word and worded later (a UHRI import's problems): every one the sources name is in the bundle. */
  @Test
  void everyUhriImportCodeTheSourcesNameIsInTheEnglishBundle() throws IOException {
    Properties english = bundle("i18n/messages.properties");
    Pattern literalCode = Pattern.compile("\"(uhri\\.[\\w.]*\\w)\"");
    List<Named> named = namedInSources(literalCode);
    TreeSet<String> unknown = new TreeSet<>();
    named.stream().filter(n -> !english.containsKey(n.code())).forEach(n -> unknown.add(n.toString()));
    assertThat(named).as("uhri codes found in the sources").hasSizeGreaterThan(20);
    assertThat(unknown).isEmpty();
  }

  @Test
  void aRefusalReadsInFrenchWithItsValuesFormattedForFrench() {
    assertThat(Messages.text(Locale.FRENCH, "input.screening.missingInformation"))
        .isEqualTo("doit préciser ce que le demandeur doit ajouter");
    assertThat(Messages.text(Locale.ENGLISH, "input.funding.advisedAmountNotLower", 120000.5))
        .isEqualTo("must be lower than the amount asked of the fund, 120,000.50");
    assertThat(Messages.text(Locale.FRENCH, "input.funding.advisedAmountNotLower", 120000.5))
        .matches("doit être inférieur au montant demandé au fonds, 120\\h000,50");
    assertThat(Messages.text(Locale.ENGLISH, "input.funding.overrideReasons",
        Messages.text(Locale.ENGLISH, "input.funding.against.board"), 100, 7))
        .isEqualTo("deciding against the Board of Trustees' advice needs reasons of at least 100 characters (you wrote 7)");
    assertThat(Messages.text(Locale.ENGLISH, "input.funding.noEnvelope", 2026, "the Fund", "USD"))
        .isEqualTo("there is no 2026 envelope of the Fund in USD");
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static Properties bundle(String path) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesCompletenessTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  /** A code (the pattern's first group) a main source names, with the file it stands in. */
  record Named(String file, String code) {
    @Override
    public String toString() {
      return file + ": " + code;
    }
  }

  /** Every match of the pattern in the main sources. */
  static List<Named> namedInSources(Pattern pattern) throws IOException {
    List<Named> named = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        Matcher matcher = pattern.matcher(Files.readString(source));
        while (matcher.find()) {
          named.add(new Named(source.getFileName().toString(), matcher.group(1)));
        }
      }
    }
    return named;
  }
}
