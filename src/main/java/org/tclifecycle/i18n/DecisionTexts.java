package org.tclifecycle.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the decision tables (bpmn/*.dmn) in other languages than English, whose words are the tables'
 * own: bundles {@code i18n/decisions_<lang>.properties} keyed by decision id ({@code funding-allocation}: its
 * name), decision id and rule id ({@code funding-allocation.Rule_HighScore}: the rule's annotation) and
 * decision id and input id ({@code priority-score.Input_NhriInvolved}: the input's label). A test fails when
 * a table's text lacks its translation or a bundle holds a key no table has.
 */
public final class DecisionTexts {

  public static final String BUNDLE = "i18n.decisions";
  private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private DecisionTexts() {}

  /** The text under the key in the language, else the English the table holds (also for English). */
  public static String text(Locale language, String key, String english) {
    if (language == null || language.getLanguage().equals(Languages.DEFAULT.getLanguage())) {
      return english;
    }
    try {
      ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language.getLanguage()), DecisionTexts.class.getClassLoader(), NO_FALLBACK);
      return bundle.containsKey(key) ? bundle.getString(key) : english;
    } catch (MissingResourceException noSuchLanguage) {
      return english;
    }
  }
}
