package org.tclifecycle.consent;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.project.ProjectVariables;

/** An officer records a consent or refusal that reached OHCHR on paper. */
@Component("recordConsentForm")
class RecordConsentForm extends FormTaskListener {

  private final ConsentService consents;

  RecordConsentForm(ConsentService consents) {
    this.consents = consents;
  }

  @Override
  public String formId() {
    return "record-consent";
  }

  @Override
  protected Set<String> fieldsForTheProcess() {
    return Set.of(ProjectVariables.CONSENT_DECISION);
  }

  @Override
  public Set<String> fieldsRead() {
    return ConsentFields.ALL;
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    ConsentDecision decision = consents.record(ProjectVariables.projectId(task), values, ConsentRecord.Channel.PAPER, actor(task));
    task.setVariable(ProjectVariables.CONSENT_DECISION, decision.name());
  }
}
