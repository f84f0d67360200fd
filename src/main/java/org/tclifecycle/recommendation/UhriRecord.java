package org.tclifecycle.recommendation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * A checked UHRI record, ready to store: lists are kept in order, countries also as ISO codes, SDG labels also as
 * goal and target codes; {@code text} is the plain text people read (no markup, no paragraph number, no trailing
 * recommending States), {@code originalText} the export's text when it differs from that.
 */
record UhriRecord(
    int index,
    String annotationId,
    String annotationType,
    RecommendationKind kind,
    String mechanism,
    String documentId,
    String symbol,
    String paragraph,
    String text,
    String originalText,
    List<String> countries,
    List<String> countryCodes,
    List<String> themes,
    List<String> affectedPersons,
    List<String> sdgs,
    List<String> sdgGoals,
    List<String> sdgTargets,
    List<String> regions,
    LocalDate publicationDate,
    String uprCycle,
    List<String> uprSessions,
    UprPosition uprPosition,
    List<String> recommendingCountries,
    List<String> recommendingRegions) {

  /** Stored lists read |a|b| so that a search for one value is a LIKE on |value|. */
  static String delimited(List<String> values) {
    return values.isEmpty() ? "" : "|" + String.join("|", values) + "|";
  }

  /** The length of {@link #delimited} without building it. */
  static int delimitedLength(List<String> values) {
    if (values.isEmpty()) {
      return 0;
    }
    int length = values.size() + 1;
    for (String value : values) {
      length += value.length();
    }
    return length;
  }

  /** Tells an unchanged record from a changed one when the same export is imported again. */
  String contentHash() {
    String content = String.join("\u0000", annotationType(), String.valueOf(kind()), mechanism(), documentId(), symbol(),
        paragraph(), text(), originalText(), delimited(countries()), delimited(themes()), delimited(affectedPersons()),
        delimited(sdgs()), delimited(regions()), String.valueOf(publicationDate()), uprCycle(), delimited(uprSessions()),
        String.valueOf(uprPosition()), delimited(recommendingCountries()), delimited(recommendingRegions()));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
