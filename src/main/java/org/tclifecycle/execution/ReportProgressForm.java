package org.tclifecycle.execution;

import org.springframework.stereotype.Component;
import org.tclifecycle.input.InputValidator;

/** A periodic progress report against the design's indicators. */
@Component("reportProgressForm")
class ReportProgressForm extends ProgressReportForm {

  ReportProgressForm(ProgressReportRepository reports, InputValidator validator) {
    super(reports, validator, "report-progress", "progressSummary", ProgressReport.Kind.PROGRESS, true);
  }
}
