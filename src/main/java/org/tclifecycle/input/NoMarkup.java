package org.tclifecycle.input;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text that people and systems send and that forms, reports and exports show again: no {@code <} or
 * {@code >}, so it can never carry markup. Null is left to {@code @NotNull}/{@code @NotBlank}.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoMarkup.Validator.class)
public @interface NoMarkup {
  String MESSAGE = "{input.noMarkup}";

  String message() default MESSAGE;
  Class<?>[] groups() default {};
  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<NoMarkup, String> {

    /** The rule itself, for the few places that check text outside Bean Validation. */
    public static boolean allows(String text) {
      return text == null || (text.indexOf('<') < 0 && text.indexOf('>') < 0);
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return allows(value);
    }
  }
}
