package org.tclifecycle.notification;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The job that sends one notification no send task of a process sends (messages to users and contributors):
 * a failure fails the job, retried at {@code tc.mail.retry-intervals} and then shown as an incident in Cockpit.
 */
class SendNotificationJobHandler implements JobHandler<SendNotificationJobHandler.NotificationId> {

  static final String TYPE = "tc-send-notification";

  record NotificationId(long id) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return Long.toString(id);
    }
  }

  private final NotificationRelay relay;

  SendNotificationJobHandler(NotificationRelay relay) {
    this.relay = relay;
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(NotificationId configuration, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    relay.deliver(configuration.id());
  }

  @Override
  public NotificationId newConfiguration(String canonicalString) {
    return new NotificationId(Long.parseLong(canonicalString));
  }

  @Override
  public void onDelete(NotificationId configuration, JobEntity jobEntity) {
    // the notification stays in the outbox, undelivered, for the record
  }
}
