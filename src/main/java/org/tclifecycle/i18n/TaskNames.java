package org.tclifecycle.i18n;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Task names in a language. The engine keeps the English name the model gives, followed by what the product
 * adds ("Assess needs: TC-2026-0001 (KE)"); {@code i18n/tasks_<lang>.properties} gives the model's name in
 * the language by task id, and the rest of the name is kept.
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
        return translated.getString(key) + rest;
      }
    }
    return name;
  }

  private static ResourceBundle bundle(Locale language) {
    return Messages.bundle(BUNDLE, language);
  }
}
