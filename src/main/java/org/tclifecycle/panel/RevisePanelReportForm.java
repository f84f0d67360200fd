package org.tclifecycle.panel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;

/** The officer answers the manager's comments with the report's introduction; the report is compiled again. */
@Component("revisePanelReportForm")
class RevisePanelReportForm extends FormTaskListener {
  static final String INTRODUCTION = "reportIntroduction";

  record Revision(@NotBlank @Size(max = 4000) String reportIntroduction) {}

  private final Panels panels;
  private final InputValidator validator;

  RevisePanelReportForm(Panels panels, InputValidator validator) {
    this.panels = panels;
    this.validator = validator;
  }

  @Override
  public String formId() {
    return "revise-panel-report";
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(INTRODUCTION);
  }

  @Override
  protected void prefill(DelegateTask task) {
    String current = panels.get(PanelVariables.panelId(task)).getIntroduction();
    task.setVariableLocal(INTRODUCTION, current == null ? "" : current);
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    Revision revision = validator.validate(new Revision(values.text(INTRODUCTION)), values);
    panels.get(PanelVariables.panelId(task)).introduce(revision.reportIntroduction());
  }
}
