package org.tclifecycle.panel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;

/** The approved report is submitted to the Council's secretariat under a document symbol. */
@Component("submitPanelReportForm")
class SubmitPanelReportForm extends FormTaskListener {
  record Submission(@NotNull @PastOrPresent LocalDate submittedOn,
      @NotBlank @Pattern(regexp = "A/HRC/\\d{1,3}/\\d{1,4}(/Add\\.\\d{1,2})?", message = "{input.panel.documentSymbol}")
      String reportSymbol) {}

  private final Panels panels;
  private final InputValidator validator;

  SubmitPanelReportForm(Panels panels, InputValidator validator) {
    this.panels = panels;
    this.validator = validator;
  }

  @Override
  public String formId() {
    return "submit-panel-report";
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of("submittedOn", "reportSymbol");
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    Submission submission = validator.validate(new Submission(values.date("submittedOn"), values.text("reportSymbol")), values);
    panels.get(PanelVariables.panelId(task)).submitted(submission.submittedOn(), submission.reportSymbol());
  }
}
