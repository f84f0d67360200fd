package org.tclifecycle.consultation;

/** Accreditation of a national human rights institution by GANHRI against the Paris Principles. */
public enum GanhriStatus {
  A, B, NONE
}
