package org.tclifecycle.panel;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;

/** A manager approves the draft or sends it back with comments. */
@Component("reviewPanelReportForm")
class ReviewPanelReportForm extends FormTaskListener {
  enum ReportDecision { APPROVE, REVISE }

  record Decision(@NotNull ReportDecision reportDecision, @Size(max = 4000) String reviewComments) {
    @AssertTrue(message = "{input.panel.revision}")
    boolean isReviewComments() {
      return reportDecision != ReportDecision.REVISE || (reviewComments != null && !reviewComments.isBlank());
    }
  }

  private final InputValidator validator;

  ReviewPanelReportForm(InputValidator validator) {
    this.validator = validator;
  }

  @Override
  public String formId() {
    return "review-panel-report";
  }

  @Override
  protected Set<String> fieldsForTheProcess() {
    return Set.of(PanelVariables.REPORT_DECISION, PanelVariables.REVIEW_COMMENTS);
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(PanelVariables.REPORT_DECISION, PanelVariables.REVIEW_COMMENTS);
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    validator.validate(new Decision(values.choice(PanelVariables.REPORT_DECISION, ReportDecision.class),
        values.text(PanelVariables.REVIEW_COMMENTS)), values);
  }
}
