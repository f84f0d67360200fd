package org.tclifecycle.design;

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

  record Design(
      @NotBlank @Size(max = 4000) String objectives,
      @NotBlank @Size(max = 4000) String activities,
      @NotBlank @Size(max = 4000) String indicators,
      @NotNull @DecimalMin(value = "0.01", message = "must be positive") @DecimalMax("999999999999.99") @Digits(integer = 13, fraction = 2) BigDecimal budget,
      @NotNull @Min(1) @Max(120) Integer durationMonths,
      @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 13, fraction = 2) BigDecimal coFunding) {}

  private final ProjectService projects;
  private final ProjectDesignRepository designs;
  private final InputValidator validator;

  DesignProjectForm(ProjectService projects, ProjectDesignRepository designs, InputValidator validator) {
    this.projects = projects;
    this.designs = designs;
    this.validator = validator;
  }

  @Override
  public String formId() {
    return "design-project";
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(OBJECTIVES, ACTIVITIES, INDICATORS, BUDGET, DURATION_MONTHS, CO_FUNDING);
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    Design design = validator.validate(new Design(
        values.text(OBJECTIVES),
        values.text(ACTIVITIES),
        values.text(INDICATORS),
        values.amount(BUDGET),
        values.wholeNumber(DURATION_MONTHS),
        values.amount(CO_FUNDING)), values);
    if (design.coFunding() != null && design.coFunding().compareTo(design.budget()) >= 0) {
      throw new InvalidInputException(java.util.Map.of(CO_FUNDING, "must be less than the budget"));
    }
    Long projectId = ProjectVariables.projectId(task);
    String designer = actor(task);
    designs.save(new ProjectDesign(projectId, design, designer));
    projects.recordDesigner(projectId, designer);
  }
}
