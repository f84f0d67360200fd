package org.tclifecycle.design;

/** How an indicator is measured, with its code in IATI's IndicatorMeasure codelist. */
public enum IndicatorMeasure {
  UNIT("1"), PERCENTAGE("2"), NOMINAL("3"), ORDINAL("4"), QUALITATIVE("5");

  private final String iatiCode;

  IndicatorMeasure(String iatiCode) {
    this.iatiCode = iatiCode;
  }

  public String iatiCode() {
    return iatiCode;
  }

  public boolean quantitative() {
    return this != QUALITATIVE;
  }
}
