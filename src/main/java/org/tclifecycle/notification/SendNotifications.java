package org.tclifecycle.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tclifecycle.project.ProjectVariables;

/**
 * The send tasks: an outside call in a job of its own (asynchronous before), so a channel that is down
 * fails only this job, which Camunda retries with the model's backoff and then shows as an incident.
 */
@Component("sendNotifications")
class SendNotifications implements JavaDelegate {

  private final NotificationRelay relay;

  SendNotifications(NotificationRelay relay) {
    this.relay = relay;
  }

  @Override
  public void execute(DelegateExecution execution) {
    relay.deliverPending(ProjectVariables.projectId(execution));
  }
}
