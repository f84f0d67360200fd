package org.tclifecycle.consent;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tclifecycle.project.Milestone;

@Configuration
class ConsentOnRecord {

  /** The State's latest consent decision on record is GIVEN (resolution 21/21 §6). */
  @Bean
  Milestone.Records consentGiven(ConsentService consents) {
    return Milestone.Records.of(Milestone.CONSENT_GIVEN, consents::hasConsent);
  }
}
