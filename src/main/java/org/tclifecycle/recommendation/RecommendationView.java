package org.tclifecycle.recommendation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A recommendation of the registry as the API and the forms show it: {@code text} is the plain text (markup,
 * paragraph number and trailing recommending States taken off), {@code originalText} the export's text when it
 * differed; {@code mechanism} is UHRI's Body ("UPR", "CRC", ...), {@code kind} recommendation or concern/observation.
 */
public record RecommendationView(
    String annotationId,
    String symbol,
    String paragraph,
    String mechanism,
    RecommendationKind kind,
    List<String> countries,
    List<String> countryCodes,
    String text,
    String originalText,
    List<String> themes,
    List<String> affectedPersons,
    List<String> sdgs,
    List<String> sdgGoals,
    List<String> sdgTargets,
    LocalDate publicationDate,
    String uprCycle,
    List<String> uprSessions,
    UprPosition uprPosition,
    List<String> recommendingCountries,
    List<String> recommendingRegions) {

  /** How much the recommendation asks of the State, from its first verb. */
  @JsonProperty
  public ActionCategory actionCategory() {
    return ActionCategory.of(text);
  }

  /** How people cite it: "A/HRC/35/10 ¶140.1 (Slovenia, Chile)". */
  @JsonProperty
  public String citation() {
    return UhriText.citation(symbol, paragraph, recommendingCountries);
  }

  public boolean upr() {
    return Mechanisms.isUpr(mechanism);
  }

  /** The UPR Voluntary Fund (§15) supports implementing the UPR recommendations the State supported, and only those. */
  public boolean countsForUprFund() {
    return upr() && uprPosition == UprPosition.SUPPORTED;
  }

  /** The recommending States as one text ("Slovenia, Chile"), empty outside the UPR. */
  public String recommendingCountry() {
    return String.join(", ", recommendingCountries);
  }

  /** The UHRI label of an SDG target ("16.3 - Ensure equal access to justice"), or the target alone when none is given. */
  public String sdgLabel(String target) {
    return sdgs.stream().filter(label -> label.strip().matches("^" + java.util.regex.Pattern.quote(target) + "\\b.*")).findFirst().orElse(target);
  }

  static List<String> list(String delimited) {
    return delimited == null || delimited.isEmpty() ? List.of()
        : Arrays.stream(delimited.split("\\|")).filter(s -> !s.isEmpty()).toList();
  }

  /** The mechanism and, for the UPR, the State's position: "UPR · Supported", "CRC". */
  public String source() {
    if (!upr()) {
      return mechanism == null ? "mechanism not stated" : mechanism;
    }
    return Mechanisms.UPR + " · " + (uprPosition == null ? "no position" : uprPosition == UprPosition.SUPPORTED ? "Supported" : "Noted");
  }

  /** One line for a pick list, searchable by what officers look for: citation, source, SDG targets, themes, text. */
  public String label() {
    String sdg = sdgTargets.isEmpty() ? sdgGoals.isEmpty() ? "" : " · SDG " + String.join(", ", sdgGoals) : " · SDG " + String.join(", ", sdgTargets);
    String themeList = themes.isEmpty() ? "" : " · " + String.join("; ", themes);
    String start = text.length() > 160 ? text.substring(0, 160) + "…" : text;
    String cited = citation();
    return (cited.isEmpty() ? "" : cited + " · ") + source() + sdg + themeList + " · " + start;
  }
}
