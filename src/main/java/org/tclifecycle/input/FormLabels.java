package org.tclifecycle.input;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The labels a person reads on each Camunda Form, by field key, in their language ({@link FormTexts}): a
 * refusal names "Date of the decision" (« Date de la décision »), not {@code consentDate}. A key no form
 * labels is put in words from its name.
 */
public final class FormLabels {

  private FormLabels() {}

  /** The English label of a field, or of the field a validation path such as {@code recommendationIds[0]} starts with. */
  public static String label(String formId, String fieldPath) {
    return label(formId, fieldPath, Locale.ENGLISH);
  }

  /** The label of a field in the language, or of the field a validation path such as {@code recommendationIds[0]} starts with. */
  public static String label(String formId, String fieldPath, Locale locale) {
    String label = labelOnForm(formId, fieldPath, locale);
    return label != null ? label : inWords(fieldPath.split("[\\[.]", 2)[0]);
  }

  /** The label the form gives the field a validation path starts with, in the language; null if the form has no such field. */
  public static String labelOnForm(String formId, String fieldPath, Locale locale) {
    return FormTexts.label(formId, fieldPath.split("[\\[.]", 2)[0], locale);
  }

  /** The English label a form shows for an option of a select, radio or checklist ("KE" is "Kenya"), else the value. */
  public static String option(String formId, String key, String value) {
    return FormTexts.option(formId, key, value, Locale.ENGLISH);
  }

  /** "Label: message; Label: message", in the order given, labels in English. */
  public static String describe(String formId, Map<String, String> errors) {
    return describe(formId, errors, Locale.ENGLISH);
  }

  /** "Label: message; Label: message", in the order given, labels in the language. */
  public static String describe(String formId, Map<String, String> errors, Locale locale) {
    return errors.entrySet().stream().map(e -> label(formId, e.getKey(), locale) + ": " + e.getValue())
        .collect(Collectors.joining("; "));
  }

  private static String inWords(String key) {
    String words = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
    return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
