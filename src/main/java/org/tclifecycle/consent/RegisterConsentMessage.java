package org.tclifecycle.consent;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InvalidInputException;
import org.tclifecycle.project.ProjectVariables;

/**
 * Records a consent decision that arrived as a message. The decision comes from the model (an input
 * parameter per message), the details from the message; runs in the correlating call's transaction, so an
 * invalid message is refused with 400 and changes nothing.
 */
@Component("registerConsentMessage")
class RegisterConsentMessage implements JavaDelegate {

  private final ConsentService consents;

  RegisterConsentMessage(ConsentService consents) {
    this.consents = consents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication sender = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    try {
      consents.record(ProjectVariables.projectId(execution), new FormValues(execution, ConsentFields.ALL),
          ConsentRecord.Channel.MESSAGE, sender == null ? null : sender.getUserId());
    } catch (InvalidInputException e) {
      throw new BadUserRequestException(e.getMessage());
    }
  }
}
