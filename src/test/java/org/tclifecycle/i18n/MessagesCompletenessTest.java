package org.tclifecycle.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
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
    TreeSet<String> unknown = new TreeSet<>();
    int named = 0;
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher matcher = literalCode.matcher(Files.readString(source));
        while (matcher.find()) {
          String code = matcher.group(1);
          named++;
          if (!code.endsWith(".") && !english.containsKey(code)) {
            unknown.add(source.getFileName() + ": " + code);
          }
        }
      }
    }
    assertThat(named).as("codes found in the sources").isGreaterThan(50);
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
    TreeSet<String> unknown = new TreeSet<>();
    int codes = 0;
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(source);
        Matcher literalMatcher = literalMessage.matcher(text);
        while (literalMatcher.find()) {
          literal.add(source.getFileName() + ": " + literalMatcher.group(1));
        }
        Matcher codeMatcher = messageCode.matcher(text);
        while (codeMatcher.find()) {
          codes++;
          if (!english.containsKey(codeMatcher.group(1))) {
            unknown.add(source.getFileName() + ": " + codeMatcher.group(1));
          }
        }
      }
    }
    assertThat(literal).as("annotations' messages written in English instead of a {code}").isEmpty();
    assertThat(codes).as("message codes found in annotations").isGreaterThan(20);
    assertThat(unknown).as("codes missing from messages.properties (each other language must have the same codes)").isEmpty();
  }

  /** Codes kept with what they word and worded later (a UHRI import's problems): every one the sources name is in the bundle. */
  @Test
  void everyUhriImportCodeTheSourcesNameIsInTheEnglishBundle() throws IOException {
    Properties english = bundle("i18n/messages.properties");
    Pattern literalCode = Pattern.compile("\"(uhri\\.[\\w.]*\\w)\"");
    TreeSet<String> unknown = new TreeSet<>();
    int named = 0;
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher matcher = literalCode.matcher(Files.readString(source));
        while (matcher.find()) {
          named++;
          if (!english.containsKey(matcher.group(1))) {
            unknown.add(source.getFileName() + ": " + matcher.group(1));
          }
        }
      }
    }
    assertThat(named).as("uhri codes found in the sources").isGreaterThan(20);
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
}
