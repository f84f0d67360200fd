package org.tclifecycle.recommendation;

import static org.tclifecycle.recommendation.UhriFields.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tclifecycle.input.FirstProblems;
import org.tclifecycle.project.CooperationRequest;

/**
 * Checks one raw record field by field (fields the export may add beyond ours are ignored). Every problem becomes an {@link ImportError}; country names
 * without an ISO code are not errors but are handed to {@code unmapped} to be reported.
 */
class UhriRecordParser {

  private static final Pattern UUID = Pattern.compile(CooperationRequest.UHRI_ID);
  /** "16.3 - Promote the rule of law..." and "5.a - Undertake reforms..." start with the target. */
  private static final Pattern SDG_TARGET = Pattern.compile("^(\\d{1,2}\\.(?:\\d{1,2}|[a-z]))\\b.*", Pattern.DOTALL);
  private static final Map<String, Integer> MAX_LENGTH = Map.ofEntries(
      Map.entry(ANNOTATION_TYPE, 100), Map.entry(BODY, 200), Map.entry(DOCUMENT_ID, 100), Map.entry(SYMBOL, 100),
      Map.entry(TEXT, 10000), Map.entry(UPR_CYCLE, 20), Map.entry(UPR_SESSION, 20), Map.entry(UPR_RECOMMENDING_COUNTRY, 200),
      Map.entry(COUNTRIES, 2000), Map.entry(THEMES, 4000), Map.entry(AFFECTED_PERSONS, 4000), Map.entry(SDGS, 8000),
      Map.entry(REGIONS, 1000));

  /** The stored list of targets (|16.3|5.1|) fits the column recommendation.sdg_targets. */
  private static final int MAX_TARGETS_LENGTH = 1000;

  private final CountryNames countryNames;

  UhriRecordParser(CountryNames countryNames) {
    this.countryNames = countryNames;
  }

  /** The checked record, or null when {@code errors} received at least one problem of this record. */
  UhriRecord parse(RawRecord raw, List<ImportError> errors, Consumer<String> unmapped) {
    int before = FirstProblems.total(errors);
    String id = raw.value(ANNOTATION_ID);
    Problems problems = new Problems(raw.index(), id, errors);
    if (id == null || id.isBlank()) {
      problems.add(ANNOTATION_ID, "is required");
    } else if (!UUID.matcher(id.trim()).matches()) {
      problems.add(ANNOTATION_ID, "must be a UUID, found '" + abbreviate(id) + "'");
    }
    MAX_LENGTH.forEach((field, max) -> {
      int length = UhriFields.LISTS.contains(field) ? UhriRecord.delimited(raw.values(field)).length() : length(raw.value(field));
      if (length > max) {
        problems.add(field, "must be at most " + max + " characters long, found " + length);
      }
    });
    if (raw.value(TEXT) == null || raw.value(TEXT).isBlank()) {
      problems.add(TEXT, "is required");
    }
    List<String> countries = raw.values(COUNTRIES);
    if (countries.isEmpty()) {
      problems.add(COUNTRIES, "must name at least one State");
    }
    List<String> codes = new ArrayList<>();
    for (String country : countries) {
      countryNames.code(country).ifPresentOrElse(code -> { if (!codes.contains(code)) codes.add(code); }, () -> unmapped.accept(country));
    }
    List<String> targets = new ArrayList<>();
    for (String sdg : raw.values(SDGS)) {
      Matcher target = SDG_TARGET.matcher(sdg.trim());
      if (!target.matches()) {
        problems.add(SDGS, "must start with an SDG target such as '16.3 - ...', found '" + abbreviate(sdg) + "'");
      } else if (!targets.contains(target.group(1))) {
        targets.add(target.group(1));
      }
    }
    if (UhriRecord.delimited(targets).length() > MAX_TARGETS_LENGTH) {
      problems.add(SDGS, "names more SDG targets than one recommendation can hold (" + targets.size() + ")");
    }
    UprPosition position = position(raw.values(UPR_POSITIONS), problems);
    LocalDate published = date(raw.value(PUBLICATION_DATE), problems);
    if (FirstProblems.total(errors) > before) {
      return null;
    }
    return new UhriRecord(raw.index(), id.trim().toLowerCase(Locale.ROOT), raw.value(ANNOTATION_TYPE), raw.value(BODY),
        raw.value(DOCUMENT_ID), raw.value(SYMBOL), raw.value(TEXT).trim(), countries, codes, raw.values(THEMES),
        raw.values(AFFECTED_PERSONS), raw.values(SDGS), targets, raw.values(REGIONS), published, raw.value(UPR_CYCLE),
        raw.value(UPR_SESSION), position, raw.value(UPR_RECOMMENDING_COUNTRY));
  }

  private static UprPosition position(List<String> values, Problems problems) {
    UprPosition position = null;
    for (String value : values) {
      UprPosition read;
      try {
        read = UprPosition.valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(UPR_POSITIONS, "must be Supported or Noted, found '" + abbreviate(value) + "'");
        continue;
      }
      if (position != null && position != read) {
        problems.add(UPR_POSITIONS, "cannot be both Supported and Noted");
      }
      position = read;
    }
    return position;
  }

  /** UHRI writes dates as 2012-07-09 or with a time, 2012-07-09T00:00:00. */
  private static LocalDate date(String value, Problems problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      problems.add(PUBLICATION_DATE, "must be a date such as 2012-07-09, found '" + abbreviate(value) + "'");
      return null;
    }
  }

  private static int length(String value) {
    return value == null ? 0 : value.length();
  }

  private static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }

  private record Problems(int index, String annotationId, List<ImportError> errors) {
    void add(String field, String reason) {
      errors.add(new ImportError(index, annotationId, field, reason));
    }
  }
}
