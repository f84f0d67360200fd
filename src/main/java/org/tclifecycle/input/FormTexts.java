package org.tclifecycle.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.BinaryOperator;

/**
 * What a person reads on a Camunda Form, in their language. The form file is the one source and holds the
 * English; every other language is a message bundle {@code i18n/forms_<lang>.properties} keyed by form and
 * component: {@code <form>.<field key>.label}, {@code .description}, {@code .values.<option value>},
 * {@code .columns.<column key>}, and for components without a key (text, tables) {@code <form>.<component id>.text}
 * or {@code .label}. A text the bundle lacks reads in English.
 */
public final class FormTexts {

  public static final String BUNDLE = "i18n.forms";
  private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private FormTexts() {}

  /** Every text of the form a person reads, by bundle key, in English (the form's own words). */
  public static Map<String, String> english(JsonNode form) {
    Map<String, String> texts = new LinkedHashMap<>();
    visit(form, (key, english) -> {
      texts.put(key, english);
      return english;
    });
    return texts;
  }

  /** A copy of the form with its texts in the language, where the bundle has them. */
  public static JsonNode translate(JsonNode form, Locale locale) {
    JsonNode copy = form.deepCopy();
    visit(copy, (key, english) -> text(key, locale, english));
    return copy;
  }

  /** The label of a field of a form in the language, else in English; null if the form has no such labelled field. */
  public static String label(String formId, String fieldKey, Locale locale) {
    return FormComponents.byId(formId).flatMap(form -> FormComponents.of(form).stream()
            .filter(component -> fieldKey.equals(component.path("key").asText(null)))
            .filter(component -> !component.path("label").asText("").isBlank())
            .findFirst())
        .map(component -> text(formId + "." + fieldKey + ".label", locale, component.path("label").asText()))
        .orElse(null);
  }

  /** The label a form shows for an option of a select, radio or checklist ("KE" is "Kenya"), else the value. */
  public static String option(String formId, String fieldKey, String value, Locale locale) {
    return FormComponents.byId(formId).flatMap(form -> FormComponents.of(form).stream()
            .filter(component -> fieldKey.equals(component.path("key").asText(null)))
            .flatMap(component -> java.util.stream.StreamSupport.stream(component.path("values").spliterator(), false))
            .filter(option -> value.equals(option.path("value").asText()))
            .findFirst())
        .map(option -> text(formId + "." + fieldKey + ".values." + value, locale, option.path("label").asText()))
        .orElse(value);
  }

  /** The text under the bundle key in the language, or the English given. */
  public static String text(String key, Locale locale, String english) {
    if (locale == null || Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
      return english;
    }
    try {
      ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(locale.getLanguage()), FormTexts.class.getClassLoader(), NO_FALLBACK);
      return bundle.containsKey(key) ? bundle.getString(key) : english;
    } catch (MissingResourceException noSuchLanguage) {
      return english;
    }
  }

  /** Each text of each component, with its bundle key; the text is replaced by what the visitor answers. */
  private static void visit(JsonNode form, BinaryOperator<String> visitor) {
    String formId = form.path("id").asText();
    for (ObjectNode component : FormComponents.of(form)) {
      String prefix = formId + "." + component.path("key").asText(component.path("id").asText()) + ".";
      replace(component, "label", prefix + "label", visitor);
      replace(component, "description", prefix + "description", visitor);
      replace(component, "text", prefix + "text", visitor);
      for (JsonNode option : component.path("values")) {
        replace((ObjectNode) option, "label", prefix + "values." + option.path("value").asText(), visitor);
      }
      for (JsonNode column : component.path("columns")) {
        replace((ObjectNode) column, "label", prefix + "columns." + column.path("key").asText(), visitor);
      }
    }
  }

  private static void replace(ObjectNode node, String field, String key, BinaryOperator<String> visitor) {
    if (node.hasNonNull(field) && node.get(field).isTextual() && !node.get(field).asText().isBlank()) {
      node.put(field, visitor.apply(key, node.get(field).asText()));
    }
  }
}
