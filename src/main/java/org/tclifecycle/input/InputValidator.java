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

  public <T> T validate(T command, FormValues values) {
    Map<String, String> errors = new TreeMap<>(values.errors());
    for (ConstraintViolation<T> violation : validator.validate(command)) {
      errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return command;
  }
}
