package org.tclifecycle.project;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.tclifecycle.input.IsoCountry;
import org.tclifecycle.input.IsoCurrency;
import org.tclifecycle.input.NoMarkup;

/** A State's request for technical cooperation (resolution 21/21 §6), as submitted. */
public record CooperationRequest(
    @NotBlank @IsoCountry String countryCode,
    @NotBlank @Size(max = 200) @NoMarkup String requestingAuthority,
    @NotNull ThematicArea thematicArea,
    @NotNull AssistanceType assistanceType,
    @NotBlank @Size(max = 4000) String summary,
    @Size(max = 50) List<@Pattern(regexp = UHRI_ID, message = "must contain UHRI recommendation ids (UUIDs)") String> recommendationIds,
    @NotEmpty Set<RightsCategory> rightsCategories,
    @NotNull @DecimalMin(value = "0.01", message = "must be positive") @DecimalMax("999999999999.99") @Digits(integer = 13, fraction = 2) BigDecimal estimatedBudget,
    @NotBlank @IsoCurrency String currency,
    @NotNull Fund preferredFund) {

  /** OHCHR's Universal Human Rights Index identifies each recommendation by a UUID (AnnotationId). */
  public static final String UHRI_ID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
}
