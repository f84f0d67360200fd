package org.tclifecycle.consent;

import java.util.Set;
import org.tclifecycle.project.ProjectVariables;

/** Fields of a consent decision: the {@code record-consent} form and the consent messages share them. */
final class ConsentFields {

  static final String DECISION = ProjectVariables.CONSENT_DECISION;
  static final String SIGNATORY = "consentSignatory";
  static final String DATE = "consentDate";
  static final String REFERENCE = "consentReference";
  static final String SCOPE = "consentScope";
  static final String VALID_UNTIL = "consentValidUntil";

  static final Set<String> ALL = Set.of(DECISION, SIGNATORY, DATE, REFERENCE, SCOPE, VALID_UNTIL);

  private ConsentFields() {}
}
