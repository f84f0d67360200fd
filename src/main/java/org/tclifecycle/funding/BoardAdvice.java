package org.tclifecycle.funding;

/** What the Board of Trustees advises on a project referred to it. */
public enum BoardAdvice {
  APPROVE, APPROVE_LOWER_AMOUNT, APPROVE_WITH_CONDITIONS, DECLINE;

  boolean recommendsMoney() {
    return this != DECLINE;
  }
}
