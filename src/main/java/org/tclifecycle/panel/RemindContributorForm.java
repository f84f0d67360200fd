package org.tclifecycle.panel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;

/**
 * A contribution is still awaited: the contributor is e-mailed a reminder ({@link ContributorMail}); the officer
 * reminds them in other ways too if need be and says how; reminders are counted.
 */
@Component("remindContributorForm")
class RemindContributorForm extends FormTaskListener {

  static final String NOTE = "reminderNote";

  record Reminder(@NotBlank @Size(max = 2000) String reminderNote) {}

  private final Panels panels;
  private final InputValidator validator;
  private final ContributorMail mail;

  RemindContributorForm(Panels panels, InputValidator validator, ContributorMail mail) {
    this.panels = panels;
    this.validator = validator;
    this.mail = mail;
  }

  @Override
  public String formId() {
    return "remind-contributor";
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(NOTE);
  }

  @Override
  protected void prefill(DelegateTask task) {
    PanelContribution contribution = panels.contribution(PanelVariables.contributionId(task));
    task.setVariableLocal(PanelVariables.CONTRIBUTOR_NAME, contribution.getContributor().getName());
    mail.reminded(contribution);
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    validator.validate(new Reminder(values.text(NOTE)), values);
    panels.contribution(PanelVariables.contributionId(task)).reminded();
  }
}
