package org.tclifecycle.followup;

/** Implementation status of an accepted UPR recommendation (resolution 21/21 §10-14). */
public enum ImplementationStatus {
  NOT_STARTED, IN_PROGRESS, PARTIALLY_IMPLEMENTED, FULLY_IMPLEMENTED
}
