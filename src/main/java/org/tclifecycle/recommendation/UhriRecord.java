package org.tclifecycle.recommendation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/** A checked UHRI record, ready to store: lists are kept in order, countries also as ISO codes. */
record UhriRecord(
    int index,
    String annotationId,
    String annotationType,
    String body,
    String documentId,
    String symbol,
    String text,
    List<String> countries,
    List<String> countryCodes,
    List<String> themes,
    List<String> affectedPersons,
    List<String> sdgs,
    List<String> sdgTargets,
    List<String> regions,
    LocalDate publicationDate,
    String uprCycle,
    String uprSession,
    UprPosition uprPosition,
    String recommendingCountry) {

  /** Stored lists read |a|b| so that a search for one value is a LIKE on |value|. */
  static String delimited(List<String> values) {
    return values.isEmpty() ? "" : "|" + String.join("|", values) + "|";
  }

  /** Tells an unchanged record from a changed one when the same export is imported again. */
  String contentHash() {
    String content = String.join("\u0000", annotationType(), body(), documentId(), symbol(), text(),
        delimited(countries()), delimited(themes()), delimited(affectedPersons()), delimited(sdgs()), delimited(regions()),
        String.valueOf(publicationDate()), uprCycle(), uprSession(), String.valueOf(uprPosition()), recommendingCountry());
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
