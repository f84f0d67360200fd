package org.tclifecycle.consent;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tclifecycle.input.NoMarkup;

/**
 * A State's consent decision (resolution 21/21 §6): who signed, when, the communication's reference, scope,
 * validity. The one set of rules for every path a decision takes: the officer's form in Tasklist, a message
 * over {@code /engine-rest}, and {@code POST /api/requests/{key}/consent}.
 */
record ConsentCommand(
    @NotNull ConsentDecision consentDecision,
    @NotBlank @Size(max = 200) @NoMarkup String consentSignatory,
    @NotNull @PastOrPresent LocalDate consentDate,
    @NotBlank @Size(max = 200) @NoMarkup String consentReference,
    @Size(max = 2000) String consentScope,
    LocalDate consentValidUntil) {

  @AssertTrue(message = "{input.consent.validUntil}")
  boolean isConsentValidUntil() {
    return consentValidUntil == null || consentDate == null || consentValidUntil.isAfter(consentDate);
  }
}
