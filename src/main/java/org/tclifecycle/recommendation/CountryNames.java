package org.tclifecycle.recommendation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Country names as UHRI writes them (UN names: "Bolivia (Plurinational State of)", "Türkiye") to ISO
 * 3166-1 alpha-2 codes: the JDK's English names, plus the UN names that differ from them in
 * {@code uhri/un-country-names.properties}. Names are compared without case, accents or punctuation.
 */
@Component
public class CountryNames {

  private final Map<String, String> codes = new HashMap<>();
  /**
   * Names as written, already looked up: an export repeats a few hundred names a quarter of a million times, and
   * normalizing one costs more than reading the rest of its record. Bounded, so that a file of odd names cannot fill the heap.
   */
  private final Map<String, String> known = new ConcurrentHashMap<>();
  private static final int MAX_KNOWN = 10_000;
  /** Stands for "no code" in {@link #known}. */
  private static final String NONE = "";

  CountryNames() {
    for (String code : Locale.getISOCountries()) {
      codes.put(normalize(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
    }
    Properties aliases = new Properties();
    try (InputStream in = CountryNames.class.getResourceAsStream("/uhri/un-country-names.properties")) {
      aliases.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    aliases.forEach((name, code) -> codes.put(normalize(name.toString().replace('_', ' ')), code.toString()));
  }

  public Optional<String> code(String name) {
    String code = known.get(name);
    if (code == null) {
      code = codes.getOrDefault(normalize(name), NONE);
      if (known.size() < MAX_KNOWN) {
        known.put(name, code);
      }
    }
    return code.isEmpty() ? Optional.empty() : Optional.of(code);
  }

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
  private static final java.util.regex.Pattern SAINT = java.util.regex.Pattern.compile("\\bst\\.");
  private static final java.util.regex.Pattern NOT_ALPHANUMERIC = java.util.regex.Pattern.compile("[^a-z0-9]+");

  static String normalize(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT)
        .replace("&", " and ");
    return NOT_ALPHANUMERIC.matcher(SAINT.matcher(plain).replaceAll("saint")).replaceAll(" ").trim();
  }
}
