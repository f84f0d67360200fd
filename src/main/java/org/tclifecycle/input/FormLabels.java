package org.tclifecycle.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The labels a person reads on each Camunda Form, by field key, read from the deployed form files: a refusal
 * names "Date of the decision", not {@code consentDate}. A key no form labels is put in words from its name.
 */
public final class FormLabels {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Map<String, String>> BY_FORM = new ConcurrentHashMap<>();
  private static final String OPTION = "\u0000";

  private FormLabels() {}

  /** The label of a field, or of the field a validation path such as {@code recommendationIds[0]} starts with. */
  public static String label(String formId, String fieldPath) {
    String key = fieldPath.split("[\\[.]", 2)[0];
    String label = BY_FORM.computeIfAbsent(formId, FormLabels::read).get(key);
    return label != null ? label : inWords(key);
  }

  /** The label a form shows for an option of a select, radio or checklist ("KE" is "Kenya"), else the value. */
  public static String option(String formId, String key, String value) {
    return BY_FORM.computeIfAbsent(formId, FormLabels::read).getOrDefault(key + OPTION + value, value);
  }

  /** "Label: message; Label: message", in the order given. */
  public static String describe(String formId, Map<String, String> errors) {
    return errors.entrySet().stream().map(e -> label(formId, e.getKey()) + ": " + e.getValue())
        .collect(Collectors.joining("; "));
  }

  private static Map<String, String> read(String formId) {
    Map<String, String> labels = new HashMap<>();
    try (InputStream form = FormLabels.class.getClassLoader().getResourceAsStream("forms/" + formId + ".form")) {
      if (form != null) {
        collect(JSON.readTree(form).path("components"), labels);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return labels;
  }

  private static void collect(JsonNode components, Map<String, String> labels) {
    for (JsonNode component : components) {
      String label = component.path("label").asText(component.path("dateLabel").asText(""));
      if (component.hasNonNull("key") && !label.isBlank()) {
        labels.put(component.get("key").asText(), label);
      }
      for (JsonNode option : component.path("values")) {
        labels.put(component.path("key").asText() + OPTION + option.path("value").asText(), option.path("label").asText());
      }
      collect(component.path("components"), labels);
    }
  }

  private static String inWords(String key) {
    String words = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
    return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
