package org.tclifecycle.consultation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tclifecycle.input.IsoCountry;
import org.tclifecycle.input.NoMarkup;

/** A national actor to add to the registry, from the API or from a consultation task. */
public record NewActor(
    @NotNull @IsoCountry String countryCode,
    @NotNull ActorType type,
    @NotBlank @Size(max = 200) @NoMarkup String name,
    @NotBlank @Size(max = 200) @NoMarkup String contact,
    GanhriStatus ganhriStatus,
    @PastOrPresent LocalDate accreditedOn,
    @Size(max = 1000) @NoMarkup String focusAreas) {

  @AssertTrue(message = "{input.actor.ganhriStatus}")
  boolean isGanhriStatus() {
    return type == null || (type == ActorType.NHRI) == (ganhriStatus != null);
  }

  @AssertTrue(message = "{input.actor.accreditedOn}")
  boolean isAccreditedOn() {
    boolean accredited = ganhriStatus == GanhriStatus.A || ganhriStatus == GanhriStatus.B;
    return accredited == (accreditedOn != null);
  }

  @AssertTrue(message = "{input.actor.focusAreas}")
  boolean isFocusAreas() {
    boolean given = focusAreas != null && !focusAreas.isBlank();
    return (type == ActorType.CIVIL_SOCIETY) == given || type == null;
  }
}
