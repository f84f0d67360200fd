package org.tclifecycle.funding;

/** UN country categories that give priority for the voluntary funds. */
public enum CountryCategory {
  /** Least developed country. */
  LDC,
  /** Small island developing State. */
  SIDS,
  /** Landlocked developing country. */
  LLDC
}
