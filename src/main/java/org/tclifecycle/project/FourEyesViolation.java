package org.tclifecycle.project;

import org.camunda.bpm.engine.AuthorizationException;
import org.tclifecycle.i18n.Messages;
import org.tclifecycle.input.Refusal;

/** Raised as Camunda's authorization error, so Tasklist shows it and the REST API answers 403. */
public class FourEyesViolation extends AuthorizationException implements Refusal {

  public FourEyesViolation(String userId, String businessKey) {
    this(Messages.text("refusal.fourEyes.funding", userId, businessKey));
  }

  public FourEyesViolation(String message) {
    super(message);
  }
}
