package org.tclifecycle.panel;

/** Who contributes to the thematic panel's report (resolution 21/21 §3-4). */
public enum ContributorKind {
  STATE, UN_ENTITY, REGIONAL_ORGANISATION, SPECIAL_PROCEDURE, NHRI, CIVIL_SOCIETY
}
