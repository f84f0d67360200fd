package org.tclifecycle.design;

/** OHCHR's human-rights indicator model (HR/PUB/12/5): what an indicator measures. */
public enum IndicatorType {
  /** Commitments: laws, institutions, policies in place. */
  STRUCTURAL,
  /** Efforts: what duty-bearers do to meet the commitments. */
  PROCESS,
  /** Results: the enjoyment of the right by the people concerned. */
  OUTCOME
}
