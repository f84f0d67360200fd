package org.tclifecycle.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The choices that show a form field hidden by its {@code conditional.hide} FEEL expression, found by evaluating
 * the expression as form-js does over the values each variable it names can take: a field's options, a checkbox's
 * two states, and for what the process gives (a summary, a list of options) a text, a flag or a list.
 */
final class ConditionalFields {

  private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();
  private static final Pattern NAME = Pattern.compile("\"[^\"]*\"|\\b([A-Za-z_][A-Za-z0-9_]*)\\b");
  private static final Set<String> FEEL_WORDS = Set.of("and", "or", "not", "null", "true", "false", "count", "is", "defined");

  private ConditionalFields() {}

  /**
   * Values that show the component (and every choice among them that is itself a field shown), without nulls; null
   * when no values show it.
   */
  static Map<String, Object> choicesShowing(JsonNode component, Map<String, JsonNode> fields) {
    return choicesShowing(component, fields, new HashSet<>());
  }

  private static Map<String, Object> choicesShowing(JsonNode component, Map<String, JsonNode> fields, Set<String> visiting) {
    String hide = component.path("conditional").path("hide").asText("").replaceFirst("^=", "").trim();
    if (hide.isEmpty()) {
      return Map.of();
    }
    List<String> names = names(hide);
    for (Map<String, Object> values : combinations(names, fields)) {
      if (hides(hide, values)) {
        continue;
      }
      Map<String, Object> choices = new LinkedHashMap<>();
      values.forEach((name, value) -> { if (value != null) choices.put(name, value); });
      if (alsoShown(choices, fields, visiting)) {
        return choices;
      }
    }
    return null;
  }

  /** Adds what shows each chosen field that is itself conditional; false when that contradicts a choice made. */
  private static boolean alsoShown(Map<String, Object> choices, Map<String, JsonNode> fields, Set<String> visiting) {
    for (String name : List.copyOf(choices.keySet())) {
      if (fields.containsKey(name) && visiting.add(name)) {
        Map<String, Object> shown = choicesShowing(fields.get(name), fields, visiting);
        if (shown == null) {
          return false;
        }
        for (Map.Entry<String, Object> choice : shown.entrySet()) {
          if (choices.containsKey(choice.getKey()) && !Objects.equals(choices.get(choice.getKey()), choice.getValue())) {
            return false;
          }
          choices.put(choice.getKey(), choice.getValue());
        }
      }
    }
    return true;
  }

  private static boolean hides(String hide, Map<String, Object> values) {
    VariableMap variables = Variables.createVariables();
    values.forEach(variables::putValue);
    try {
      return !Boolean.FALSE.equals(FEEL.evaluateSimpleExpression(hide, variables.asVariableContext()));
    } catch (RuntimeException notForThisValue) { // e.g. count() of a text
      return true;
    }
  }

  static List<String> names(String expression) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = NAME.matcher(expression);
    while (matcher.find()) {
      if (matcher.group(1) != null && !FEEL_WORDS.contains(matcher.group(1))) {
        names.add(matcher.group(1));
      }
    }
    return List.copyOf(names);
  }

  /** Every combination of the names' candidate values, non-null values first. */
  private static List<Map<String, Object>> combinations(List<String> names, Map<String, JsonNode> fields) {
    List<Map<String, Object>> combinations = new ArrayList<>();
    combinations.add(new HashMap<>());
    for (String name : names) {
      List<Map<String, Object>> longer = new ArrayList<>();
      for (Map<String, Object> combination : combinations) {
        for (Object value : candidates(fields.get(name))) {
          Map<String, Object> next = new HashMap<>(combination);
          next.put(name, value);
          longer.add(next);
        }
      }
      combinations = longer;
    }
    return combinations;
  }

  private static List<Object> candidates(JsonNode field) {
    List<Object> values = new ArrayList<>();
    if (field == null) { // given by the process: a summary or text, a flag, a list of options
      values.addAll(List.of("Given by the process", true, false, List.of(Map.of("label", "Option", "value", "option"))));
    } else if (field.path("values").isArray() && !field.path("values").isEmpty()) {
      field.path("values").forEach(option -> values.add(option.path("value").asText()));
    } else if (field.path("type").asText().equals("checkbox")) {
      values.addAll(List.of(true, false));
    } else {
      values.add("Typed by the officer");
    }
    values.add(null);
    return values;
  }
}
