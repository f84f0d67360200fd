package org.tclifecycle.project;

/** Kinds of assistance a State can request. */
public enum AssistanceType {
  ADVISORY_SERVICES, TECHNICAL_ASSISTANCE, CAPACITY_BUILDING
}
