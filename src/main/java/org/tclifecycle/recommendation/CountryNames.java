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
import org.springframework.stereotype.Component;

/**
 * Country names as UHRI writes them (UN names: "Bolivia (Plurinational State of)", "Türkiye") to ISO
 * 3166-1 alpha-2 codes: the JDK's English names, plus the UN names that differ from them in
 * {@code uhri/un-country-names.properties}. Names are compared without case, accents or punctuation.
 */
@Component
public class CountryNames {

  private final Map<String, String> codes = new HashMap<>();

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
    return Optional.ofNullable(codes.get(normalize(name)));
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
