package org.tclifecycle.funding;

public enum FundingOutcome {
  APPROVE, REVISE, REJECT
}
