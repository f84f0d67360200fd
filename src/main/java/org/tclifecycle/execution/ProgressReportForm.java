package org.tclifecycle.execution;

import java.math.BigDecimal;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
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
      @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 13, fraction = 2) BigDecimal expenditure) {}

  private final ProgressReportRepository reports;
  private final InputValidator validator;
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
    if (withIndicators) {
      fields.add(INDICATOR_PROGRESS);
    }
    return fields;
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    String summary = values.text(summaryField);
    if (summary == null) {
      throw org.tclifecycle.input.InvalidInputException.of(summaryField, "must not be empty");
    }
    Report report = validator.validate(
        new Report(summary, withIndicators ? values.text(INDICATOR_PROGRESS) : null, values.amount(EXPENDITURE)), values);
    reports.save(new ProgressReport(ProjectVariables.projectId(task), kind, report.summary(), report.indicatorProgress(),
        report.expenditure(), actor(task)));
  }
}
