package org.tclifecycle.i18n;

import java.util.Locale;
import java.util.MissingResourceException;

/**
 * The one label helper of the reports (State report, panel report, good practices): the name a person
 * reads for a constant such as {@code PARTIALLY_IMPLEMENTED}, in their language, from the messages bundles
 * ({@code label.<Enum>.<CONSTANT>}); a constant without an entry is put in words ("Partially implemented").
 */
public final class Labels {

  private Labels() {}

  public static String of(Enum<?> constant, Locale language) {
    return constant == null ? "" : of(constant.getDeclaringClass().getSimpleName(), constant.name(), language);
  }

  /** A constant kept as text (an indicator's type or measure), under the group its enum or form field gives. */
  public static String of(String group, String constant, Locale language) {
    if (constant == null || constant.isBlank()) {
      return "";
    }
    try {
      return Messages.bundle(Messages.BUNDLE, language).getString("label." + group + "." + constant);
    } catch (MissingResourceException noLabel) {
      return inWords(constant);
    }
  }

  /** "PARTIALLY_IMPLEMENTED" is "Partially implemented". */
  public static String inWords(String constant) {
    String words = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
