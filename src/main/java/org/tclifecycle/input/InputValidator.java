package org.tclifecycle.input;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Bean Validation of a command built from form values, merged with the values' conversion errors. */
@Component
public class InputValidator {

  private final Validator validator;

  public InputValidator(Validator validator) {
    this.validator = validator;
  }

  /** Bean Validation of a command that arrived typed (a REST body): no conversion errors to merge. */
  public <T> T validate(T command) {
    return validate(command, Map.of());
  }

  public <T> T validate(T command, FormValues values) {
    return validate(command, values.errors());
  }

  private <T> T validate(T command, Map<String, String> conversionErrors) {
    Map<String, String> errors = new TreeMap<>(conversionErrors);
    for (ConstraintViolation<T> violation : validator.validate(command)) {
      errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return command;
  }
}
