package org.tclifecycle.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends each user's and contributor's notification by a job of its own, created in the transaction that wrote
 * it to the outbox: committed together or not at all; the job executor then sends it, with retries.
 */
@Component
class NotificationJobs extends AbstractProcessEnginePlugin {

  private final SendNotificationJobHandler handler;
  private final String retryIntervals;
  private final ObjectProvider<ProcessEngine> engine;

  NotificationJobs(NotificationRelay relay, @Value("${tc.mail.retry-intervals}") String retryIntervals,
      ObjectProvider<ProcessEngine> engine) {
    this.handler = new SendNotificationJobHandler(relay);
    this.retryIntervals = retryIntervals;
    this.engine = engine;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> handlers = configuration.getCustomJobHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
    handlers.add(handler);
    configuration.setCustomJobHandlers(handlers);
    configuration.setFailedJobCommandFactory((jobId, exception) -> new NotificationRetryCmd(jobId, exception, retryIntervals));
  }

  /** Schedules the sending of this notification in the current transaction (an engine command's, or the caller's). */
  void schedule(Notification notification) {
    CommandContext current = Context.getCommandContext();
    if (current != null) {
      send(current, notification);
    } else {
      ((ProcessEngineImpl) engine.getObject()).getProcessEngineConfiguration().getCommandExecutorTxRequired()
          .execute(context -> {
            send(context, notification);
            return null;
          });
    }
  }

  private static void send(CommandContext context, Notification notification) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(SendNotificationJobHandler.TYPE);
    job.setJobHandlerConfigurationRaw(Long.toString(notification.getId()));
    context.getJobManager().send(job);
  }
}
