package org.tclifecycle.project;

/** Stages of the lifecycle in the order the process runs through them. */
public enum ProjectStage {
  REQUEST, SCREENING, CONSENT, NEEDS_ASSESSMENT, DESIGN, FUNDING, EXECUTION, FOLLOW_UP, EVALUATION, ENDED;

  /** Resolution 21/21 §6: nothing from the needs assessment on may run without the State's recorded consent. */
  public boolean requiresConsent() {
    return compareTo(NEEDS_ASSESSMENT) >= 0 && this != ENDED;
  }
}
