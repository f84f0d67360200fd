package org.tclifecycle.consent;


import org.springframework.stereotype.Component;
import org.tclifecycle.project.Milestone;

/** The State's latest consent decision on record is GIVEN (resolution 21/21 §6). */
@Component
class ConsentOnRecord implements Milestone.Records {

  private final ConsentService consents;

  ConsentOnRecord(ConsentService consents) {
    this.consents = consents;
  }

  @Override
  public Milestone milestone() {
    return Milestone.CONSENT_GIVEN;
  }

  @Override
  public boolean reached(Long projectId) {
    return consents.hasConsent(projectId);
  }
}
