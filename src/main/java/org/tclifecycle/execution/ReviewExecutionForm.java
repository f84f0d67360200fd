package org.tclifecycle.execution;

import org.springframework.stereotype.Component;
import org.tclifecycle.input.InputValidator;

/** The execution review: results so far against the indicators, before national actors are consulted on it. */
@Component("reviewExecutionForm")
class ReviewExecutionForm extends ProgressReportForm {

  ReviewExecutionForm(ProgressReportRepository reports, InputValidator validator) {
    super(reports, validator, "review-execution", "reviewSummary", ProgressReport.Kind.EXECUTION_REVIEW, true);
  }
}
