package org.tclifecycle.execution;

import org.springframework.stereotype.Component;
import org.tclifecycle.input.InputValidator;

/** The officer records that execution has ended and what was delivered. */
@Component("recordExecutionEndForm")
class RecordExecutionEndForm extends ProgressReportForm {

  RecordExecutionEndForm(ProgressReportRepository reports, InputValidator validator) {
    super(reports, validator, "record-execution-end", "endSummary", ProgressReport.Kind.EXECUTION_END, false);
  }
}
