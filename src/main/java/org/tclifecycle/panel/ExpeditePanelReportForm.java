package org.tclifecycle.panel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;

/** The submission date passed before the report was approved: a manager says what is being done. */
@Component("expeditePanelReportForm")
class ExpeditePanelReportForm extends FormTaskListener {
  record Plan(@NotBlank @Size(max = 2000) String lateReportPlan) {}

  private final InputValidator validator;

  ExpeditePanelReportForm(InputValidator validator) {
    this.validator = validator;
  }

  @Override
  public String formId() {
    return "expedite-panel-report";
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of("lateReportPlan");
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    validator.validate(new Plan(values.text("lateReportPlan")), values);
  }
}
