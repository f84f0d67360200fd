package org.tclifecycle;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Valid form and message payloads; a test changes one field to make it invalid. */
public final class TestData {

  public static final String RECOMMENDATION = "5b2e7f0c-3d4a-4e1b-9c8d-7a6f5e4d3c2b";

  private TestData() {}

  public static Map<String, Object> request() {
    return new HashMap<>(Map.of(
        "countryCode", "KE",
        "requestingAuthority", "Office of the Attorney General",
        "thematicArea", "ADMINISTRATION_OF_JUSTICE",
        "assistanceType", "TECHNICAL_ASSISTANCE",
        "summary", "Support the judiciary in reducing pre-trial detention.",
        "recommendationIds", RECOMMENDATION,
        "rightsCategories", List.of("CIVIL", "SOCIAL"),
        "estimatedBudget", 120000,
        "currency", "USD",
        "preferredFund", "UPR_VOLUNTARY_FUND"));
  }

  public static Map<String, Object> consent() {
    return new HashMap<>(Map.of(
        "consentSignatory", "H.E. the Permanent Representative",
        "consentDate", LocalDate.now().minusDays(2).toString(),
        "consentReference", "NV/2026/117",
        "consentScope", "Technical assistance to the judiciary"));
  }

  public static Map<String, Object> assessment() {
    return new HashMap<>(Map.of(
        "findings", "Pre-trial detention exceeds legal limits in 3 of 5 regions.",
        "priorityNeeds", "Case management; legal aid.",
        "recommendationIds", RECOMMENDATION,
        "rightsCategories", List.of("CIVIL", "SOCIAL")));
  }

  /** One invited actor's input to a consultation. */
  public static Map<String, Object> actorInput() {
    return new HashMap<>(Map.of(
        "actorResponse", "RESPONDED",
        "consultedOn", LocalDate.now().minusDays(1).toString(),
        "consultationMethod", "MEETING",
        "participantsWomen", 7,
        "participantsMen", 5,
        "participantsOther", 0,
        "inputSummary", "Asked for legal-aid clinics in rural areas.",
        "inputReflection", "Two rural clinics added to the activities."));
  }

  public static Map<String, Object> design() {
    return new HashMap<>(Map.of(
        "objectives", "Reduce pre-trial detention by 30%.",
        "activities", "Train 60 magistrates; deploy case management.",
        "indicators", "Share of detainees held beyond the legal limit (outcome).",
        "budget", 110000.50,
        "durationMonths", 18));
  }
}
