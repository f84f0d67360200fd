package org.tclifecycle.i18n;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Process names in a language ("Projet de coopération"), by process id, from {@code i18n/processes_<lang>.properties};
 * a name the model did not give (renamed in a later version) is kept as it is.
 */
public final class ProcessNames {

  public static final String BUNDLE = "i18n.processes";

  private ProcessNames() {}

  /** The name in the language; unchanged when the language, the process or its name has no translation. */
  public static String translate(String processKey, String name, Locale language) {
    if (processKey == null || name == null || language.getLanguage().equals(Languages.DEFAULT.getLanguage())) {
      return name;
    }
    ResourceBundle english = bundle(Locale.ROOT);
    ResourceBundle translated = bundle(language);
    boolean known = english.containsKey(processKey) && english.getString(processKey).equals(name);
    return known && !translated.getLocale().getLanguage().isEmpty() && translated.containsKey(processKey)
        ? translated.getString(processKey) : name;
  }

  private static ResourceBundle bundle(Locale language) {
    return Messages.bundle(BUNDLE, language);
  }
}
