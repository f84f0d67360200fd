package org.tclifecycle.project;

/** Funding sources a request can name as preferred. */
public enum Fund {
  VOLUNTARY_FUND_TECHNICAL_COOPERATION, UPR_VOLUNTARY_FUND, REGULAR_BUDGET, BILATERAL_DONOR
}
