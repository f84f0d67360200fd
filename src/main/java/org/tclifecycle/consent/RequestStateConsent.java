package org.tclifecycle.consent;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tclifecycle.notification.Notification;
import org.tclifecycle.notification.Outbox;
import org.tclifecycle.project.ProjectService;
import org.tclifecycle.project.ProjectVariables;

/** Asks the requesting State for its formal consent (resolution 21/21 §6). */
@Component("requestStateConsent")
class RequestStateConsent implements JavaDelegate {

  private final ProjectService projects;
  private final Outbox outbox;

  RequestStateConsent(ProjectService projects, Outbox outbox) {
    this.projects = projects;
    this.outbox = outbox;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outbox.queue(projects.get(ProjectVariables.projectId(execution)), Notification.Kind.CONSENT_REQUEST,
        "OHCHR requests the State's consent to the technical cooperation it asked for, with signatory, date, reference and scope.");
  }
}
