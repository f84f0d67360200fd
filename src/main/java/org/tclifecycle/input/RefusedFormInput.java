package org.tclifecycle.input;

import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.tclifecycle.i18n.Languages;

/**
 * Refused form values: Tasklist shows the message, which names each field by its label on the form in the
 * caller's language; the
 * REST API answers 400 and keeps the field keys in the detail for programs.
 */
public class RefusedFormInput extends FormFieldValidationException implements Refusal {

  public RefusedFormInput(InvalidInputException cause, String formId) {
    super(new TreeMap<>(cause.fieldErrors()), FormLabels.describe(formId, new TreeMap<>(cause.fieldErrors()), Languages.current()));
  }

  /** Field key to message, for programs. */
  public Map<String, String> fieldErrors() {
    return getDetail();
  }
}
