package org.tclifecycle;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Valid form and message payloads; a test changes one field to make it invalid. */
public final class TestData {

  /** A supported recommendation to Kenya in the made-up UHRI sample that the test context loads. */
  public static final String RECOMMENDATION = "5b2e7f0c-3d4a-4e1b-9c8d-7a6f5e4d3c2b";
  /** Three more of the sample's recommendations to Kenya. */
  public static final List<String> KENYA_RECOMMENDATIONS = List.of("c824f60a-3edf-52e1-85e6-4122a4489432",
      "03a38e10-d3c4-58b1-b360-5001861c368f", "fb6b5f7b-51e4-5312-9fbb-4232464c8b3e");
  /** A noted recommendation to Kenya in the sample. */
  public static final String NOTED_RECOMMENDATION = "6e161ceb-5b2a-578c-af53-5e925e043022";
  private static final Map<String, String> RECOMMENDATION_BY_STATE = Map.of("KE", RECOMMENDATION,
      "SN", "cd0cb8ec-9b98-59b0-876f-638d94dd1c4e", "BR", "2dee0c12-48b0-506e-8164-78794448da46",
      "UY", "1f5ac83e-6ebe-5557-86d6-77865196ab3f");

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

  /** A sample recommendation to the State (KE, SN, BR or UY), supported, on detention or justice. */
  public static String recommendationFor(String countryCode) {
    return RECOMMENDATION_BY_STATE.get(countryCode);
  }

  public static Map<String, Object> assessment() {
    return assessment("KE");
  }

  public static Map<String, Object> assessment(String countryCode) {
    return new HashMap<>(Map.of(
        "findings", "Pre-trial detention exceeds legal limits in 3 of 5 regions.",
        "priorityNeeds", "Case management; legal aid.",
        "recommendationIds", recommendationFor(countryCode),
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

  /** A design with a quantitative outcome indicator (1) and a qualitative structural one (2), as the form numbers them. */
  public static Map<String, Object> design() {
    Map<String, Object> design = new HashMap<>(Map.of(
        "objectives", "Reduce pre-trial detention by 30%.",
        "activities", "Train 60 magistrates; deploy case management.",
        "indicators", "Figures from the judiciary's case management system, by region.",
        "budget", 110000.50,
        "durationMonths", 18));
    design.putAll(Map.of(
        "indicator1Recommendations", List.of(),
        "indicator1Type", "OUTCOME",
        "indicator1Title", "Share of detainees held beyond the legal limit",
        "indicator1Measure", "PERCENTAGE",
        "indicator1BaselineValue", 40,
        "indicator1BaselineYear", 2025,
        "indicator1BaselineComment", "3 of 5 regions above the limit",
        "indicator1TargetValue", 28,
        "indicator1TargetDate", LocalDate.now().plusMonths(18).toString(),
        "indicator1Source", "Judiciary case management statistics"));
    design.putAll(Map.of(
        "indicator2Type", "STRUCTURAL",
        "indicator2Title", "Legal time limits on pre-trial detention in the criminal procedure code",
        "indicator2Measure", "QUALITATIVE",
        "indicator2BaselineYear", 2025,
        "indicator2BaselineComment", "No time limit for serious offences",
        "indicator2TargetDate", LocalDate.now().plusMonths(18).toString(),
        "indicator2Source", "Official gazette"));
    return design;
  }

  /** Final values of the design's indicators, as the end-of-execution record needs them. */
  public static Map<String, Object> finalIndicatorValues() {
    return Map.of("indicator1Actual", 31.5, "indicator1ActualComment", "Two regions still above the limit",
        "indicator2ActualComment", "Amendment setting a 6-month limit adopted");
  }
}
