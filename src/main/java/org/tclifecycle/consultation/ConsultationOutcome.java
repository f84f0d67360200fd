package org.tclifecycle.consultation;

/** How a consultation round ended: every required kind of actor gave input, or a manager approved an exception. */
public enum ConsultationOutcome {
  COVERED, EXCEPTION_APPROVED
}
