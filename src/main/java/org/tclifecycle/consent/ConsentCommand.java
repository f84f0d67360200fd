package org.tclifecycle.consent;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A State's consent decision (resolution 21/21 §6): who signed, when, the communication's reference, scope, validity. */
record ConsentCommand(
    @NotNull ConsentDecision consentDecision,
    @NotBlank @Size(max = 200) String consentSignatory,
    @NotNull @PastOrPresent LocalDate consentDate,
    @NotBlank @Size(max = 200) String consentReference,
    @Size(max = 2000) String consentScope,
    LocalDate consentValidUntil) {

  @AssertTrue(message = "must be after the date of the decision")
  boolean isConsentValidUntil() {
    return consentValidUntil == null || consentDate == null || consentValidUntil.isAfter(consentDate);
  }
}
