package org.tclifecycle.panel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;

/** The panel was held: its date, summary and lessons are kept with the panel. */
@Component("recordPanelHeldForm")
class RecordPanelHeldForm extends FormTaskListener {
  record Outcome(@NotNull @PastOrPresent LocalDate panelHeldOn, @NotBlank @Size(max = 4000) String panelSummary,
      @NotBlank @Size(max = 4000) String panelLessons) {}

  private final Panels panels;
  private final InputValidator validator;

  RecordPanelHeldForm(Panels panels, InputValidator validator) {
    this.panels = panels;
    this.validator = validator;
  }

  @Override
  public String formId() {
    return "record-panel-held";
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of("panelHeldOn", "panelSummary", "panelLessons");
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    Outcome outcome = validator.validate(new Outcome(values.date("panelHeldOn"), values.text("panelSummary"),
        values.text("panelLessons")), values);
    panels.get(PanelVariables.panelId(task)).held(outcome.panelHeldOn(), outcome.panelSummary(), outcome.panelLessons());
  }
}
