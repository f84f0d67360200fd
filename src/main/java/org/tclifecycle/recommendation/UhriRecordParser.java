package org.tclifecycle.recommendation;

import static org.tclifecycle.recommendation.UhriFields.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tclifecycle.input.FirstProblems;
import org.tclifecycle.project.CooperationRequest;

/**
 * Checks one raw record field by field (fields the export may add beyond ours are ignored). Every problem becomes
 * an {@link ImportError} and the record is not used; what is odd but usable (no country, a country name without an
 * ISO code) is counted in the {@link Tally}, not refused.
 */
class UhriRecordParser {

  /** What the records of one file had that is worth reporting without refusing them. */
  static final class Tally {
    final Map<String, Integer> unmappedCountries = new TreeMap<>();
    int withoutCountry;
    int withUhriFields;
  }

  private static final Pattern UUID = Pattern.compile(CooperationRequest.UHRI_ID);
  /** "16.3 - Promote the rule of law..." and "5.a - Undertake reforms..." start with the target. */
  private static final Pattern SDG_TARGET = Pattern.compile("^((\\d{1,2})\\.(?:\\d{1,2}|[a-z]))\\b.*", Pattern.DOTALL);
  /** "16 - PEACE, JUSTICE AND STRONG INSTITUTIONS" names a whole goal. */
  private static final Pattern SDG_GOAL = Pattern.compile("^(\\d{1,2})(?:\\s*[-–:]\\s*.*|\\s*)$", Pattern.DOTALL);
  /** Limits of the plain text and the stored lists (the original text is kept up to {@link #MAX_ORIGINAL_TEXT}). */
  private static final Map<String, Integer> MAX_LENGTH = Map.ofEntries(
      Map.entry(ANNOTATION_TYPE, 100), Map.entry(BODY, 200), Map.entry(DOCUMENT_ID, 100), Map.entry(SYMBOL, 100),
      Map.entry(TEXT, 10000), Map.entry(UPR_CYCLE, 20), Map.entry(UPR_SESSION, 200), Map.entry(UPR_RECOMMENDING_COUNTRY, 4000),
      Map.entry(UPR_RECOMMENDING_REGIONS, 1000), Map.entry(COUNTRIES, 2000), Map.entry(THEMES, 4000),
      Map.entry(AFFECTED_PERSONS, 4000), Map.entry(SDGS, 8000), Map.entry(REGIONS, 1000));
  static final int MAX_ORIGINAL_TEXT = 100000;
  /** The stored list of targets (|16.3|5.1|) fits the column recommendation.sdg_targets. */
  private static final int MAX_TARGETS_LENGTH = 1000;

  private final CountryNames countryNames;

  UhriRecordParser(CountryNames countryNames) {
    this.countryNames = countryNames;
  }

  /** The checked record, or null when {@code errors} received at least one problem of this record. */
  UhriRecord parse(RawRecord raw, List<ImportError> errors, Tally tally) {
    if (raw.fields().keySet().stream().anyMatch(UhriFields.ALL::contains)) {
      tally.withUhriFields++;
    }
    int before = errors.size();
    String id = raw.value(ANNOTATION_ID);
    Problems problems = new Problems(raw.index(), id == null ? null : abbreviate(id.strip()), errors);
    if (id == null || id.isBlank()) {
      problems.add(ANNOTATION_ID, "uhri.problem.required");
    } else if (!UUID.matcher(id.strip()).matches()) {
      problems.add(ANNOTATION_ID, "uhri.problem.notUuid", abbreviate(id));
    }
    raw.fields().forEach((field, values) -> {
      if (UhriFields.ALL.contains(field) && values.stream().anyMatch(value -> value.indexOf('\u0000') >= 0)) {
        problems.add(field, "uhri.problem.nulCharacter");
      }
    });
    String mechanism = Mechanisms.clean(raw.value(BODY));
    String annotationType = Mechanisms.clean(raw.value(ANNOTATION_TYPE));
    String original = raw.value(TEXT);
    String plain = UhriText.plain(original);
    UhriText.Split split = plain == null || plain.isEmpty() ? null : UhriText.split(plain, Mechanisms.isUpr(mechanism));
    Map<String, Integer> lengths = new java.util.HashMap<>();
    MAX_LENGTH.forEach((field, max) -> lengths.put(field, UhriFields.LISTS.contains(field)
        ? UhriRecord.delimitedLength(raw.values(field)) : length(raw.value(field))));
    lengths.put(TEXT, split == null ? 0 : split.text().length());
    MAX_LENGTH.forEach((field, max) -> {
      if (lengths.get(field) > max) {
        problems.add(field, field.equals(TEXT) ? "uhri.problem.tooLongWithoutMarkup" : "uhri.problem.tooLong", max, lengths.get(field));
      }
    });
    if (split == null || split.text().isEmpty()) {
      problems.add(TEXT, "uhri.problem.required");
    } else if (original.length() > MAX_ORIGINAL_TEXT) {
      problems.add(TEXT, "uhri.problem.tooLongWithMarkup", MAX_ORIGINAL_TEXT, original.length());
    }
    List<String> countries = raw.values(COUNTRIES).stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    List<String> codes = new ArrayList<>();
    for (String country : countries) {
      countryNames.code(country).ifPresentOrElse(code -> { if (!codes.contains(code)) codes.add(code); },
          () -> tally.unmappedCountries.merge(country, 1, Integer::sum));
    }
    List<String> goals = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    sdgCodes(raw.values(SDGS), goals, targets, problems);
    UprPosition position = position(raw.values(UPR_POSITIONS), problems);
    LocalDate published = date(raw.value(PUBLICATION_DATE), problems);
    if (FirstProblems.total(errors) > before) {
      return null;
    }
    if (countries.isEmpty()) {
      tally.withoutCountry++;
    }
    String text = split.text();
    return new UhriRecord(raw.index(), id.strip().toLowerCase(Locale.ROOT), annotationType,
        RecommendationKind.of(annotationType, mechanism), mechanism, raw.value(DOCUMENT_ID), raw.value(SYMBOL),
        split.paragraph(), text, text.equals(original) ? null : original, countries, codes, raw.values(THEMES),
        raw.values(AFFECTED_PERSONS), raw.values(SDGS), goals, targets, raw.values(REGIONS), published, raw.value(UPR_CYCLE),
        raw.values(UPR_SESSION), position, raw.values(UPR_RECOMMENDING_COUNTRY), raw.values(UPR_RECOMMENDING_REGIONS));
  }

  /** Goals ("16 - PEACE...") and targets ("16.3 - Ensure...") both count; a target also names its goal. */
  private static void sdgCodes(List<String> labels, List<String> goals, List<String> targets, Problems problems) {
    List<String> unreadable = new ArrayList<>();
    for (String sdg : labels) {
      Matcher target = SDG_TARGET.matcher(sdg.strip());
      Matcher goal = SDG_GOAL.matcher(sdg.strip());
      String goalNumber = target.matches() ? target.group(2) : goal.matches() ? goal.group(1) : null;
      if (goalNumber == null || Integer.parseInt(goalNumber) < 1 || Integer.parseInt(goalNumber) > 17) {
        unreadable.add(sdg);
        continue;
      }
      String goalCode = String.valueOf(Integer.parseInt(goalNumber));
      if (!goals.contains(goalCode)) {
        goals.add(goalCode);
      }
      if (target.matches() && !targets.contains(target.group(1))) {
        targets.add(target.group(1));
      }
    }
    if (!unreadable.isEmpty()) {
      if (unreadable.size() > 1) {
        problems.add(SDGS, "uhri.problem.sdgLabelsAndMore", abbreviate(unreadable.get(0)), unreadable.size() - 1);
      } else {
        problems.add(SDGS, "uhri.problem.sdgLabels", abbreviate(unreadable.get(0)));
      }
    }
    if (UhriRecord.delimited(targets).length() > MAX_TARGETS_LENGTH) {
      problems.add(SDGS, "uhri.problem.tooManyTargets", targets.size());
    }
  }

  private static UprPosition position(List<String> values, Problems problems) {
    UprPosition position = null;
    for (String value : values) {
      UprPosition read;
      try {
        read = UprPosition.valueOf(Mechanisms.clean(value).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        problems.add(UPR_POSITIONS, "uhri.problem.uprPosition", abbreviate(value));
        continue;
      }
      if (position != null && position != read) {
        problems.add(UPR_POSITIONS, "uhri.problem.uprPositionBoth");
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
      problems.add(PUBLICATION_DATE, "uhri.problem.date", abbreviate(value));
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
    void add(String field, String code, Object... args) {
      errors.add(ImportError.of(index, annotationId, field, code, args));
    }
  }
}
