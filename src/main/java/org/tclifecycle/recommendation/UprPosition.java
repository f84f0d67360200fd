package org.tclifecycle.recommendation;

/** The State under review's position on a UPR recommendation: supported (accepted) or noted. */
public enum UprPosition {
  SUPPORTED, NOTED
}
