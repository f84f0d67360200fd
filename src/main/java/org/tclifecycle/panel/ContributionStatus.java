package org.tclifecycle.panel;

public enum ContributionStatus {
  REQUESTED, RECEIVED, MISSING
}
