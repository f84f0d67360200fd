package org.tclifecycle.notification;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The job that sends the notifications of one event that no send task of a process sends (messages to users and contributors):
 * a failure fails the job, retried at {@code tc.mail.retry-intervals} and then shown as an incident in Cockpit.
 */
class SendNotificationJobHandler implements JobHandler<SendNotificationJobHandler.NotificationIds> {

  static final String TYPE = "tc-send-notification";

  /** The notifications one event decided (a task arriving tells each member of its groups), in order. */
  record NotificationIds(List<Long> ids) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static NotificationIds parse(String canonical) {
      return new NotificationIds(Arrays.stream(canonical.split(",")).map(Long::valueOf).toList());
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
  public void execute(NotificationIds configuration, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    configuration.ids().forEach(relay::deliver);
  }

  @Override
  public NotificationIds newConfiguration(String canonicalString) {
    return NotificationIds.parse(canonicalString);
  }

  @Override
  public void onDelete(NotificationIds configuration, JobEntity jobEntity) {
    // the notification stays in the outbox, undelivered, for the record
  }
}
