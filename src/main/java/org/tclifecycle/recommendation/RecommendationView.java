package org.tclifecycle.recommendation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A recommendation of the registry as the API and the forms show it. */
public record RecommendationView(
    String annotationId,
    String symbol,
    String body,
    List<String> countries,
    List<String> countryCodes,
    String text,
    List<String> themes,
    List<String> affectedPersons,
    List<String> sdgs,
    List<String> sdgTargets,
    LocalDate publicationDate,
    String uprCycle,
    String uprSession,
    UprPosition uprPosition,
    String recommendingCountry) {

  /** How much the recommendation asks of the State, from its first verb. */
  @JsonProperty
  public ActionCategory actionCategory() {
    return ActionCategory.of(text);
  }

  static List<String> list(String delimited) {
    return delimited == null || delimited.isEmpty() ? List.of()
        : Arrays.stream(delimited.split("\\|")).filter(s -> !s.isEmpty()).toList();
  }

  /** One line for a pick list, searchable by what officers look for: symbol, position, SDG targets, themes, text. */
  public String label() {
    String position = uprPosition == null ? "no position" : uprPosition == UprPosition.SUPPORTED ? "Supported" : "Noted";
    String recommender = recommendingCountry == null ? "" : " (" + recommendingCountry + ")";
    String sdg = sdgTargets.isEmpty() ? "" : " · SDG " + String.join(", ", sdgTargets);
    String themeList = themes.isEmpty() ? "" : " · " + String.join("; ", themes);
    String start = text.length() > 160 ? text.substring(0, 160) + "…" : text;
    return (symbol == null ? "" : symbol + " · ") + position + recommender + sdg + themeList + " · " + start;
  }
}
