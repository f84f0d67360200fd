package org.tclifecycle.consultation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The actor's deadline passed without an answer. */
@Component("recordNoResponse")
class RecordNoResponse implements JavaDelegate {

  private final ConsultationInvitations invitations;

  RecordNoResponse(ConsultationInvitations invitations) {
    this.invitations = invitations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    invitations.answer(invitations.get(ConsultationVariables.invitationId(execution)),
        invitation -> invitation.noInput(InvitationResponse.NO_RESPONSE, "No answer before the deadline", null));
  }
}
