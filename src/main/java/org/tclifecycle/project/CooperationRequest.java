package org.tclifecycle.project;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
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
import org.tclifecycle.input.LabelledByForm;
import org.tclifecycle.input.NoMarkup;

/** A State's request for technical cooperation (resolution 21/21 §6), as submitted. */
@LabelledByForm("register-request")
public record CooperationRequest(
    @NotBlank @IsoCountry String countryCode,
    @NotBlank @Size(max = 200) @NoMarkup String requestingAuthority,
    @NotNull ThematicArea thematicArea,
    @NotNull AssistanceType assistanceType,
    @NotBlank @Size(max = 4000) String summary,
    @Size(max = 50) List<@Size(max = 64) @Pattern(regexp = UHRI_ID_OR_REFERENCE, message = UHRI_ID_OR_REFERENCE_MESSAGE) String> recommendationIds,
    @NotEmpty Set<RightsCategory> rightsCategories,
    @NotNull @DecimalMin(value = "0.01", message = "{input.positive}") @DecimalMax("999999999999.99") @Digits(integer = 13, fraction = 2) BigDecimal estimatedBudget,
    @NotBlank @IsoCurrency String currency,
    @NotNull Fund preferredFund,
    @Size(max = 254) @Email(regexp = EMAIL, message = EMAIL_MESSAGE) String contactEmail,
    @Pattern(regexp = "en|fr", message = "{input.languageCode}") String contactLanguage) {

  /** An address mail can go to: one @, a domain with a dot, no spaces or markup. */
  public static final String EMAIL = "[^\\s@<>]+@[^\\s@<>]+\\.[^\\s@<>]+";
  public static final String EMAIL_MESSAGE = "{input.email}";

  /** OHCHR's Universal Human Rights Index identifies each recommendation by a UUID (AnnotationId). */
  public static final String UHRI_ID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

  /** A UHRI id, or a recommendation as a note verbale cites it: document symbol and paragraph ("A/HRC/35/10, para. 140.1"). */
  public static final String UHRI_ID_OR_REFERENCE = UHRI_ID
      + "|[A-Za-z]{1,10}(/[A-Za-z0-9.()-]{1,20}){1,6}\\s*(,\\s*|\\s+)(para(graph)?\\.?\\s*|¶\\s*)\\d{1,3}(\\.\\d{1,3}){0,2}";
  public static final String UHRI_ID_OR_REFERENCE_MESSAGE = "{input.uhriIdsOrReferences}";
}
