package org.tclifecycle.consent;

public enum ConsentDecision {
  GIVEN, REFUSED, WITHDRAWN
}
