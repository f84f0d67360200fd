package org.tclifecycle.followup;

/** Where a status report on a recommendation came from. */
public enum FollowUpSource {
  /** An officer's periodic review while the project is executed (process upr-follow-up). */
  PERIODIC_REVIEW,
  /** The officer's review once execution has ended (cooperation-project). */
  FINAL_REVIEW,
  /** A partner over the API: the State, the NHRI, civil society (§16). */
  PARTNER
}
