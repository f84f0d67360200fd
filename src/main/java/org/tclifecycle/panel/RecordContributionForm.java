package org.tclifecycle.panel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;

/** A contribution that came by letter or e-mail, recorded by the officer; contributors with an account use the API. */
@Component("recordContributionForm")
class RecordContributionForm extends FormTaskListener {

  static final String TEXT = "contributionText";
  static final String RECEIVED_ON = "contributionReceivedOn";

  record Contribution(@NotBlank @Size(max = 20000) String contributionText, @NotNull @PastOrPresent LocalDate contributionReceivedOn) {}

  private final Panels panels;
  private final InputValidator validator;
  private final ContributorMail mail;

  RecordContributionForm(Panels panels, InputValidator validator, ContributorMail mail) {
    this.panels = panels;
    this.validator = validator;
    this.mail = mail;
  }

  @Override
  public String formId() {
    return "record-contribution";
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(TEXT, RECEIVED_ON);
  }

  @Override
  protected void prefill(DelegateTask task) {
    PanelContribution contribution = panels.contribution(PanelVariables.contributionId(task));
    task.setVariableLocal(PanelVariables.CONTRIBUTOR_NAME, contribution.getContributor().getName());
    task.setName(task.getName() + " of " + contribution.getContributor().getName());
    mail.requested(contribution);
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    Contribution contribution = validator.validate(new Contribution(values.text(TEXT), values.date(RECEIVED_ON)), values);
    PanelContribution received = panels.contribution(PanelVariables.contributionId(task));
    received.received(contribution.contributionText(), PanelContribution.Channel.OFFICER,
        actor(task), contribution.contributionReceivedOn().atStartOfDay(ZoneOffset.UTC).toInstant());
    mail.received(received);
  }
}
