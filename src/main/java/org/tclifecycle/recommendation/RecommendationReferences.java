package org.tclifecycle.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.project.CooperationRequest;

/**
 * Recommendations as people cite them: a note verbale names "A/HRC/35/10, para. 140.1" (also "para 140.1",
 * "paragraph 140.1", "¶140.1"), not a UHRI id. A reference is resolved to the UHRI id of the registry's record with
 * that symbol and paragraph; one the registry does not hold is kept as text ("A/HRC/35/10 ¶140.1") for the officer
 * to see at the needs assessment.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationReferences {

  /** Entries are separated by new lines or semicolons, and by commas except the one before "para.". */
  public static final Pattern SEPARATOR = Pattern.compile("[;\\n]|,(?!\\s*(para|¶))", Pattern.CASE_INSENSITIVE);

  private static final Pattern REFERENCE = Pattern.compile(
      "^(?<symbol>[A-Za-z]{1,10}(?:/[A-Za-z0-9.()-]{1,20}){1,6})\\s*(?:,\\s*|\\s+)(?:para(?:graph)?\\.?\\s*|¶\\s*)(?<paragraph>\\d{1,3}(?:\\.\\d{1,3}){0,2})$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern UUID = Pattern.compile(CooperationRequest.UHRI_ID);

  private final NamedParameterJdbcTemplate jdbc;

  RecommendationReferences(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Each entry as a UHRI id (lower case), resolved when it is a reference the registry holds, else the reference as text. */
  public List<String> resolve(List<String> entries) {
    List<String> resolved = new ArrayList<>();
    for (String entry : entries) {
      String value = resolveOne(entry.strip());
      if (!resolved.contains(value)) {
        resolved.add(value);
      }
    }
    return resolved;
  }

  /** True for a UHRI id, false for a reference kept as text because the registry does not hold it. */
  public static boolean isUhriId(String entry) {
    return UUID.matcher(entry).matches();
  }

  private String resolveOne(String entry) {
    if (isUhriId(entry)) {
      return entry.toLowerCase(Locale.ROOT);
    }
    Matcher reference = REFERENCE.matcher(entry);
    if (!reference.matches()) {
      return entry;
    }
    String symbol = reference.group("symbol").toUpperCase(Locale.ROOT);
    String paragraph = reference.group("paragraph");
    List<String> ids = jdbc.queryForList("select annotation_id from recommendation where upper(symbol) = :symbol and paragraph = :paragraph",
        new MapSqlParameterSource("symbol", symbol).addValue("paragraph", paragraph), String.class);
    return ids.size() == 1 ? ids.get(0) : UhriText.citation(symbol, paragraph, List.of());
  }
}
