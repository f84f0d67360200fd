package org.tclifecycle.execution;

import org.tclifecycle.i18n.Messages;
import java.math.BigDecimal;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.tclifecycle.design.ProjectIndicators;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;
import org.tclifecycle.project.ProjectVariables;

/** A report form with a required summary, the expenditure in the period it covers and, where results are measured, progress against the indicators. */
abstract class ProgressReportForm extends FormTaskListener {

  static final String INDICATOR_PROGRESS = "indicatorProgress";
  static final String EXPENDITURE = "expenditure";

  record Report(@NotBlank @Size(max = 4000) String summary, @Size(max = 4000) String indicatorProgress,
      @DecimalMin(value = "0", message = "{input.notNegative}") @Digits(integer = 13, fraction = 2) BigDecimal expenditure) {}

  private final ProgressReportRepository reports;
  private final InputValidator validator;
  private ProjectIndicators indicators;
  private IndicatorActualRepository actuals;
  private final String formId;
  private final String summaryField;
  private final ProgressReport.Kind kind;
  private final boolean withIndicators;

  ProgressReportForm(ProgressReportRepository reports, InputValidator validator, String formId, String summaryField,
      ProgressReport.Kind kind, boolean withIndicators) {
    this.reports = reports;
    this.validator = validator;
    this.formId = formId;
    this.summaryField = summaryField;
    this.kind = kind;
    this.withIndicators = withIndicators;
  }

  @Override
  public String formId() {
    return formId;
  }

  @Override
  public Set<String> fieldsRead() {
    Set<String> fields = new HashSet<>(Set.of(summaryField, EXPENDITURE));
    fields.addAll(IndicatorActualFields.all());
    if (withIndicators) {
      fields.add(INDICATOR_PROGRESS);
    }
    return fields;
  }

  @Autowired
  void indicators(ProjectIndicators indicators, IndicatorActualRepository actuals) {
    this.indicators = indicators;
    this.actuals = actuals;
  }

  /** Each indicator of the design, with its baseline and target, shown above its fields. */
  @Override
  protected void prefill(DelegateTask task) {
    IndicatorActualFields.prefill(task, indicators.current(ProjectVariables.projectId(task)));
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    String summary = values.text(summaryField);
    if (summary == null) {
      throw org.tclifecycle.input.InvalidInputException.of(summaryField, Messages.text("input.notEmpty"));
    }
    Report report = validator.validate(
        new Report(summary, withIndicators ? values.text(INDICATOR_PROGRESS) : null, values.amount(EXPENDITURE)), values);
    Long projectId = ProjectVariables.projectId(task);
    List<IndicatorActualFields.Actual> measured = IndicatorActualFields.read(values, indicators.current(projectId),
        kind == ProgressReport.Kind.EXECUTION_END);
    ProgressReport saved = reports.save(new ProgressReport(projectId, kind, report.summary(), report.indicatorProgress(),
        report.expenditure(), actor(task)));
    for (IndicatorActualFields.Actual actual : measured) {
      actuals.save(new IndicatorActual(saved, actual.indicator().getId(), actual.value(), actual.comment()));
    }
  }
}
