package org.tclifecycle.input;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/** Refused form values: Tasklist shows the message, the REST API answers 400. */
public class RefusedFormInput extends FormFieldValidationException implements Refusal {

  public RefusedFormInput(InvalidInputException cause) {
    super(cause.fieldErrors(), cause.getMessage());
  }
}
