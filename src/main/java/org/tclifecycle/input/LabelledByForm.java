package org.tclifecycle.input;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A REST body whose fields are those of a Camunda Form (same keys): a refusal of the body names each field by
 * the form's label in the caller's language, as the form's own refusal does.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface LabelledByForm {
  /** The form's id, e.g. {@code register-request}. */
  String value();
}
