package org.tclifecycle.i18n;

import java.util.Locale;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Text the server writes for a form to show (a facts table, the funding summary) exists in every offered
 * language: English under the variable's own name, each other language under {@code <name>__<lang>}
 * ({@code requestFacts__fr}). The engine's answers serve a reader the variable in their language under the
 * plain name and leave the other languages out (web/LanguageVariablesInAnswers); history keeps none of the
 * translations.
 */
public final class LanguageVariables {

  /** Between a variable's name and the language of the translation it holds. */
  public static final String SEPARATOR = "__";

  private LanguageVariables() {}

  /** The name of the variable holding the language's text: the plain name for English. */
  public static String name(String variable, Locale language) {
    return language.getLanguage().equals(Languages.DEFAULT.getLanguage()) ? variable : variable + SEPARATOR + language.getLanguage();
  }

  /** Whether the variable holds a translation of another (an offered language other than English after the separator). */
  public static boolean isTranslation(String name) {
    int at = name.lastIndexOf(SEPARATOR);
    if (at <= 0) {
      return false;
    }
    String language = name.substring(at + SEPARATOR.length());
    return Languages.offered().stream().skip(1).anyMatch(offered -> offered.getLanguage().equals(language));
  }

  /** The variable a translation translates: {@code requestFacts} for {@code requestFacts__fr}. */
  public static String plain(String translation) {
    return translation.substring(0, translation.lastIndexOf(SEPARATOR));
  }

  /**
   * Sets the variable in every offered language where {@code setVariable} puts it (the scope that has it, else the
   * process instance), each value written by {@code valueIn} for its language: for text every task of the process shows.
   */
  public static void put(VariableScope scope, String variable, Function<Locale, ?> valueIn) {
    for (Locale language : Languages.offered()) {
      scope.setVariable(name(variable, language), valueIn.apply(language));
    }
  }

  /** Sets the variable locally in every offered language, each value written by {@code valueIn} for its language. */
  public static void putOn(VariableScope scope, String variable, Function<Locale, ?> valueIn) {
    for (Locale language : Languages.offered()) {
      scope.setVariableLocal(name(variable, language), valueIn.apply(language)); // a typed value keeps its type
    }
  }
}
