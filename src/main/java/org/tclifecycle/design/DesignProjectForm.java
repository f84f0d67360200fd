package org.tclifecycle.design;

import org.tclifecycle.i18n.Messages;
import java.util.List;
import java.util.Map;
import org.tclifecycle.recommendation.RecommendationSearch;
import org.tclifecycle.recommendation.RecommendationView;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;
import org.tclifecycle.input.InvalidInputException;
import org.tclifecycle.project.ProjectService;
import org.tclifecycle.project.ProjectVariables;

/** The officer's project design: objectives, activities, results indicators, budget, duration. */
@Component("designProjectForm")
class DesignProjectForm extends FormTaskListener {

  static final String OBJECTIVES = "objectives";
  static final String ACTIVITIES = "activities";
  static final String INDICATORS = "indicators";
  static final String BUDGET = "budget";
  static final String DURATION_MONTHS = "durationMonths";
  static final String CO_FUNDING = "coFunding";
  /** Task-local options of the indicators' "Recommendations it tracks" checklists. */
  static final String LINKED_RECOMMENDATIONS = "linkedRecommendationOptions";

  record Design(
      @NotBlank @Size(max = 4000) String objectives,
      @NotBlank @Size(max = 4000) String activities,
      @Size(max = 4000) String indicators,
      @NotNull @DecimalMin(value = "0.01", message = "{input.positive}") @DecimalMax("999999999999.99") @Digits(integer = 13, fraction = 2) BigDecimal budget,
      @NotNull @Min(1) @Max(120) Integer durationMonths,
      @DecimalMin(value = "0", message = "{input.notNegative}") @Digits(integer = 13, fraction = 2) BigDecimal coFunding) {}

  private final ProjectService projects;
  private final ProjectDesignRepository designs;
  private final InputValidator validator;
  private final ProjectIndicatorRepository indicators;
  private final RecommendationSearch registry;

  DesignProjectForm(ProjectService projects, ProjectDesignRepository designs, InputValidator validator,
      ProjectIndicatorRepository indicators, RecommendationSearch registry) {
    this.projects = projects;
    this.designs = designs;
    this.validator = validator;
    this.indicators = indicators;
    this.registry = registry;
  }

  @Override
  public String formId() {
    return "design-project";
  }

  @Override
  public Set<String> fieldsRead() {
    Set<String> fields = new java.util.HashSet<>(Set.of(OBJECTIVES, ACTIVITIES, INDICATORS, BUDGET, DURATION_MONTHS, CO_FUNDING));
    fields.addAll(IndicatorFields.all());
    return fields;
  }

  /** The project's linked recommendations, offered to each indicator as the ones it tracks. */
  @Override
  protected void prefill(DelegateTask task) {
    Map<String, String> options = new java.util.LinkedHashMap<>();
    for (RecommendationView recommendation : registry.byIds(projects.get(ProjectVariables.projectId(task)).getRecommendationIds())) {
      options.put(recommendation.annotationId(), recommendation.symbol() + ": " + abbreviate(recommendation.text()));
    }
    offer(task, LINKED_RECOMMENDATIONS, options);
  }

  private static String abbreviate(String text) {
    return text == null ? "" : text.length() > 120 ? text.substring(0, 119) + "…" : text;
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    // every problem at once, the design's and the indicators', so the officer sees them all after one Complete
    Map<String, String> errors = new java.util.TreeMap<>();
    Design design = null;
    try {
      design = validator.validate(new Design(
          values.text(OBJECTIVES),
          values.text(ACTIVITIES),
          values.text(INDICATORS),
          values.amount(BUDGET),
          values.wholeNumber(DURATION_MONTHS),
          values.amount(CO_FUNDING)), values);
      if (design.coFunding() != null && design.coFunding().compareTo(design.budget()) >= 0) {
        errors.put(CO_FUNDING, Messages.text("input.design.coFunding"));
      }
    } catch (InvalidInputException refused) {
      errors.putAll(refused.fieldErrors());
    }
    Long projectId = ProjectVariables.projectId(task);
    List<IndicatorFields.Definition> definitions = List.of();
    try {
      definitions = IndicatorFields.read(values, projects.get(projectId).getRecommendationIds());
    } catch (InvalidInputException refused) {
      refused.fieldErrors().forEach(errors::putIfAbsent);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String designer = actor(task);
    ProjectDesign saved = designs.save(new ProjectDesign(projectId, design, designer));
    for (IndicatorFields.Definition definition : definitions) {
      indicators.save(new ProjectIndicator(projectId, saved.getId(), definition, designer));
    }
    projects.recordDesigner(projectId, designer);
  }
}
