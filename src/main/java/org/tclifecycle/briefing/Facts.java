package org.tclifecycle.briefing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.tclifecycle.i18n.LanguageVariables;
import org.tclifecycle.i18n.Messages;

/**
 * Rows of a read-only table on a form: plain text written by the server from stored records, shown by a
 * form-js table component, which renders cell text as text (no Markdown, no HTML). Written in every offered
 * language ({@link LanguageVariables}): a cell is either text as stored (what a person typed) or words of
 * the product, given as a function of the language.
 */
final class Facts {

  static final String FACT = "fact";
  static final String VALUE = "value";

  private final List<Map<String, Object>> rows = new ArrayList<>();

  /** A fact, named by its message code, and its value; an empty value is shown as "not recorded" so a gap is visible, not hidden. */
  Facts add(String factCode, Object value) {
    return add(language -> Messages.text(language, factCode), value);
  }

  /** A fact named in each language, and its value. */
  Facts add(Function<Locale, String> fact, Object value) {
    Function<Locale, String> shown = language -> {
      String text = text(value, language);
      return text.isEmpty() ? Messages.text(language, "facts.notRecorded") : text;
    };
    return row(FACT, fact, VALUE, shown);
  }

  /** A row with the given column keys and values (text, or a function of the language), in pairs. */
  Facts row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    rows.add(row);
    return this;
  }

  List<Map<String, String>> rows(Locale language) {
    List<Map<String, String>> written = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Map<String, String> cells = new LinkedHashMap<>();
      row.forEach((key, value) -> cells.put(key, text(value, language)));
      written.add(cells);
    }
    return written;
  }

  void putOn(DelegateTask task, String variable) {
    LanguageVariables.putOn(task, variable, language -> SpinValues.jsonValue(Spin.JSON(rows(language))).create());
  }

  /**
   * A date with the month in words, as the language writes it: 5 November 2026, 5 novembre 2026. Never 05/11/2026,
   * which reads as 5 November in Geneva and 11 May in New York.
   */
  static String date(LocalDate date, Locale language) {
    return DateTimeFormatter.ofPattern("d MMMM uuuu", language).format(date);
  }

  @SuppressWarnings("unchecked")
  private static String text(Object value, Locale language) {
    Object written = value instanceof Function<?, ?> inLanguage ? ((Function<Locale, ?>) inLanguage).apply(language) : value;
    if (written instanceof LocalDate date) {
      return date(date, language);
    }
    return written == null ? "" : written.toString().strip();
  }
}
