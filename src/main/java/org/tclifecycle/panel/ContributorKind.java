package org.tclifecycle.panel;

/** Who contributes to the thematic panel's report (resolution 21/21 §3-4), with the words officers read. */
public enum ContributorKind {
  STATE("State"), UN_ENTITY("UN entity"), REGIONAL_ORGANISATION("regional organisation"),
  SPECIAL_PROCEDURE("special-procedure mandate holder"), NHRI("NHRI"), CIVIL_SOCIETY("civil society");

  private final String label;

  ContributorKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
