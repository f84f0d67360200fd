package org.tclifecycle.input;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An active code of IATI's Currency codelist (ISO 4217 as IATI publishes it), in upper case. Null is left to {@code @NotNull}. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoCurrency.Validator.class)
public @interface IsoCurrency {
  String message() default "{input.isoCurrency}";
  Class<?>[] groups() default {};
  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<IsoCurrency, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || IatiCurrencies.isActive(value);
    }
  }
}
