package org.tclifecycle.design;

import org.tclifecycle.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InvalidInputException;

/**
 * The numbered indicator groups of the Design project form ({@code indicator1Title} ... {@code indicator3Source}):
 * a group is used when any of its fields is filled; group 1 is required. A used group is refused field by
 * field, in words, when incomplete or inconsistent.
 */
public final class IndicatorFields {

  /** How many indicator groups the forms offer (Camunda Forms' dynamic lists do not run in Tasklist 7.24). */
  public static final int SLOTS = 3;
  static final int TEXT_MAX = 500;

  static final String TYPE = "Type";
  static final String TITLE = "Title";
  static final String MEASURE = "Measure";
  static final String BASELINE_VALUE = "BaselineValue";
  static final String BASELINE_YEAR = "BaselineYear";
  static final String BASELINE_COMMENT = "BaselineComment";
  static final String TARGET_VALUE = "TargetValue";
  static final String TARGET_DATE = "TargetDate";
  static final String RECOMMENDATIONS = "Recommendations";
  static final String SOURCE = "Source";
  private static final List<String> PARTS = List.of(TYPE, TITLE, MEASURE, BASELINE_VALUE, BASELINE_YEAR, BASELINE_COMMENT,
      TARGET_VALUE, TARGET_DATE, RECOMMENDATIONS, SOURCE);

  /** An indicator as the officer defined it. */
  public record Definition(int number, IndicatorType type, String title, IndicatorMeasure measure, BigDecimal baselineValue,
      int baselineYear, String baselineComment, BigDecimal targetValue, LocalDate targetDate, List<String> recommendationIds,
      String verificationSource) {}

  private IndicatorFields() {}

  public static String field(int number, String part) {
    return "indicator" + number + part;
  }

  static Set<String> all() {
    Set<String> fields = new LinkedHashSet<>();
    for (int n = 1; n <= SLOTS; n++) {
      for (String part : PARTS) {
        fields.add(field(n, part));
      }
    }
    return fields;
  }

  /** The defined indicators, or every problem found at once. {@code linked}: the project's recommendations. */
  static List<Definition> read(FormValues values, Set<String> linked) {
    Map<String, String> errors = new TreeMap<>();
    List<Definition> definitions = new ArrayList<>();
    for (int n = 1; n <= SLOTS; n++) {
      int number = n;
      boolean used = PARTS.stream().anyMatch(part -> part.equals(RECOMMENDATIONS)
          ? !values.texts(field(number, part)).isEmpty() : values.text(field(number, part)) != null);
      if (!used) {
        if (n == 1) {
          errors.put(field(1, TITLE), Messages.text("input.design.noIndicator"));
        }
        continue;
      }
      Definition definition = slot(values, n, linked, errors);
      if (definition != null) {
        definitions.add(definition);
      }
    }
    errors.putAll(values.errors());
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return definitions;
  }

  private static Definition slot(FormValues values, int n, Set<String> linked, Map<String, String> errors) {
    IndicatorType type = values.choice(field(n, TYPE), IndicatorType.class);
    IndicatorMeasure measure = values.choice(field(n, MEASURE), IndicatorMeasure.class);
    String title = text(values, n, TITLE, true, errors);
    String source = text(values, n, SOURCE, true, errors);
    String comment = text(values, n, BASELINE_COMMENT, false, errors);
    BigDecimal baseline = values.amount(field(n, BASELINE_VALUE));
    BigDecimal target = values.amount(field(n, TARGET_VALUE));
    Integer year = values.wholeNumber(field(n, BASELINE_YEAR));
    LocalDate targetDate = values.date(field(n, TARGET_DATE));
    require(type, n, TYPE, errors);
    require(measure, n, MEASURE, errors);
    require(year, n, BASELINE_YEAR, errors);
    require(targetDate, n, TARGET_DATE, errors);
    if (year != null && (year < 1945 || year > Year.now().getValue())) {
      errors.putIfAbsent(field(n, BASELINE_YEAR), Messages.text("input.design.baselineYear"));
    }
    if (targetDate != null && targetDate.isBefore(LocalDate.now())) {
      errors.putIfAbsent(field(n, TARGET_DATE), Messages.text("input.notInPast"));
    }
    if (measure != null && measure.quantitative()) {
      require(baseline, n, BASELINE_VALUE, errors);
      require(target, n, TARGET_VALUE, errors);
      if (measure == IndicatorMeasure.PERCENTAGE) {
        percentage(baseline, n, BASELINE_VALUE, errors);
        percentage(target, n, TARGET_VALUE, errors);
      }
    } else if (measure != null) {
      if (baseline != null) {
        errors.putIfAbsent(field(n, BASELINE_VALUE), Messages.text("input.design.qualitativeBaseline"));
      }
      if (target != null) {
        errors.putIfAbsent(field(n, TARGET_VALUE), Messages.text("input.design.qualitativeTarget"));
      }
      require(comment, n, BASELINE_COMMENT, errors);
    }
    List<String> recommendations = values.texts(field(n, RECOMMENDATIONS));
    for (String id : recommendations) {
      if (!linked.contains(id)) {
        errors.putIfAbsent(field(n, RECOMMENDATIONS), Messages.text("input.design.unlinkedRecommendation", id));
      }
    }
    if (type == null || measure == null || title == null || source == null || year == null || targetDate == null) {
      return null;
    }
    return new Definition(n, type, title, measure, baseline, year, comment, target, targetDate, recommendations, source);
  }

  private static String text(FormValues values, int n, String part, boolean required, Map<String, String> errors) {
    String text = values.text(field(n, part));
    if (text == null && required) {
      errors.putIfAbsent(field(n, part), Messages.text("input.design.indicatorPart"));
    } else if (text != null && text.length() > TEXT_MAX) {
      errors.putIfAbsent(field(n, part), Messages.text("input.maxChars", TEXT_MAX));
    }
    return text == null || text.length() > TEXT_MAX ? null : text;
  }

  private static void require(Object value, int n, String part, Map<String, String> errors) {
    if (value == null) {
      errors.putIfAbsent(field(n, part), Messages.text("input.design.indicatorPart"));
    }
  }

  private static void percentage(BigDecimal value, int n, String part, Map<String, String> errors) {
    if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
      errors.putIfAbsent(field(n, part), Messages.text("input.percentage"));
    }
  }
}
