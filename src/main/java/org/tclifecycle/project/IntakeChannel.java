package org.tclifecycle.project;

/** How a State's request reached OHCHR. */
public enum IntakeChannel {
  NOTE_VERBALE, EXTERNAL_SYSTEM
}
