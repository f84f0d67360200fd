package org.tclifecycle.recommendation;

import java.util.Locale;

/**
 * What a UHRI record is, from its AnnotationType ("- Recommendations", "- Concerns/Observations"): only
 * recommendations are offered for a project to address. The UPR makes only recommendations, so a UPR record
 * whose type is an unnamed id (UHRI sometimes gives a UUID) is a recommendation; otherwise such a type stays unknown (null).
 */
public enum RecommendationKind {
  RECOMMENDATION, CONCERN_OBSERVATION;

  static RecommendationKind of(String annotationType, String mechanism) {
    String type = annotationType == null ? "" : annotationType.toLowerCase(Locale.ROOT);
    if (type.startsWith("recommendation")) {
      return RECOMMENDATION;
    }
    if (type.startsWith("concern") || type.startsWith("observation")) {
      return CONCERN_OBSERVATION;
    }
    return Mechanisms.isUpr(mechanism) ? RECOMMENDATION : null;
  }
}
