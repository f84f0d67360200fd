package org.tclifecycle.consultation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tclifecycle.notification.Notification;
import org.tclifecycle.notification.Outbox;
import org.tclifecycle.project.ProjectService;
import org.tclifecycle.project.ProjectVariables;

/** Queues a reminder to an invited actor who has not answered yet; the send task after it delivers it. */
@Component("remindActor")
class RemindActor implements JavaDelegate {

  private final ConsultationInvitations invitations;
  private final ProjectService projects;
  private final Outbox outbox;

  RemindActor(ConsultationInvitations invitations, ProjectService projects, Outbox outbox) {
    this.invitations = invitations;
    this.projects = projects;
    this.outbox = outbox;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ConsultationInvitation invitation = invitations.get(ConsultationVariables.invitationId(execution));
    outbox.queueTo(projects.get(ProjectVariables.projectId(execution)), Notification.Kind.CONSULTATION_REMINDER,
        invitation.getActor().getContact(), invitation.getActor().getName() + ": OHCHR looks forward to your input to the "
            + invitation.getStage().name().replace('_', ' ').toLowerCase() + " consultation.");
  }
}
