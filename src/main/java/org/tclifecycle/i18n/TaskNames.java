package org.tclifecycle.i18n;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Task names in a language. The engine keeps the English name the model gives, followed by what the product
 * adds ("Assess needs: TC-2026-0001 (Senegal)"); {@code i18n/tasks_<lang>.properties} gives the model's name in
 * the language by task id, the State at the end is named in the language ({@link StateNames}: "Sénégal"), and the
 * rest of the name is kept.
 */
public final class TaskNames {

  public static final String BUNDLE = "i18n.tasks";
  private static final String SEPARATOR = "separator";

  private TaskNames() {}

  /** The name in the language; unchanged when the language or the task has no translation. */
  public static String translate(String taskDefinitionKey, String name, Locale language) {
    if (taskDefinitionKey == null || name == null || language.getLanguage().equals(Languages.DEFAULT.getLanguage())) {
      return name;
    }
    ResourceBundle english = bundle(Locale.ROOT);
    ResourceBundle translated = bundle(language);
    if (translated.getLocale().getLanguage().isEmpty()) {
      return name; // no bundle for this language: the root (English) answered
    }
    for (String key : new String[] {taskDefinitionKey + ".named", taskDefinitionKey}) {
      if (english.containsKey(key) && translated.containsKey(key) && name.startsWith(english.getString(key))) {
        String rest = name.substring(english.getString(key).length());
        if (rest.startsWith(english.getString(SEPARATOR))) {
          rest = translated.getString(SEPARATOR) + rest.substring(english.getString(SEPARATOR).length());
        }
        return translated.getString(key) + withStateIn(rest, language);
      }
    }
    return name;
  }

  /** The text with the State's English name in brackets at its end, "… (Senegal)", named in the language instead. */
  private static String withStateIn(String text, Locale language) {
    if (!text.endsWith(")")) {
      return text;
    }
    for (int open = text.lastIndexOf(" ("); open >= 0; open = text.lastIndexOf(" (", open - 1)) {
      String state = text.substring(open + 2, text.length() - 1);
      Optional<String> code = StateNames.codeOfEnglishName(state);
      if (code.isPresent()) {
        return text.substring(0, open + 2) + StateNames.of(code.get(), language) + ")";
      }
    }
    return text;
  }

  private static ResourceBundle bundle(Locale language) {
    return Messages.bundle(BUNDLE, language);
  }
}
