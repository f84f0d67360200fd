package org.tclifecycle.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A State's name in a language, from its ISO 3166-1 code and the JDK's (CLDR) names: "Sénégal" in French. */
public final class StateNames {

  private static final Map<String, String> CODE_BY_ENGLISH_NAME = Stream.of(Locale.getISOCountries())
      .collect(Collectors.toMap(code -> of(code, Locale.ENGLISH), Function.identity(), (first, second) -> first));

  private StateNames() {}

  /** The State's name in the language; the code itself when the JDK knows no name for it. */
  public static String of(String countryCode, Locale language) {
    String name = new Locale("", countryCode).getDisplayCountry(language);
    return name.isBlank() || name.equals(countryCode) ? countryCode : name;
  }

  /** The code of a State named in English ("Senegal" is SN), for a text that was written in English. */
  public static Optional<String> codeOfEnglishName(String name) {
    return Optional.ofNullable(CODE_BY_ENGLISH_NAME.get(name));
  }
}
