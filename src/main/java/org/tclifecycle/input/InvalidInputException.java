package org.tclifecycle.input;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Input that a stage refuses, with one message per field. Each channel turns it into its own error: a form
 * message in Tasklist, a 400 over REST.
 */
public class InvalidInputException extends RuntimeException {

  private final Map<String, String> fieldErrors;

  public InvalidInputException(Map<String, String> fieldErrors) {
    super(describe(fieldErrors));
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(Map.of(field, message));
  }

  /** The same refusal with the fields named as another channel names them (a REST body's property names). */
  public InvalidInputException renamed(Map<String, String> names) {
    return new InvalidInputException(fieldErrors.entrySet().stream()
        .collect(Collectors.toMap(e -> names.getOrDefault(e.getKey(), e.getKey()), Map.Entry::getValue)));
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }

  private static String describe(Map<String, String> errors) {
    return "Invalid input: " + errors.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining("; "));
  }
}
