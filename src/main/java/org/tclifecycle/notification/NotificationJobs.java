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
 * Sends users' and contributors' notifications by a job for each event that decides them, created in the transaction that wrote
 * it to the outbox: committed together or not at all; the job executor then sends it, with retries.
 */
@Component
class NotificationJobs extends AbstractProcessEnginePlugin {

  /** Ids per job: Camunda keeps a job's configuration in 4,000 characters. */
  static final int PER_JOB = 200;

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

  /**
   * Schedules the sending of these notifications, decided by one event, in the current transaction (an engine
   * command's, or the caller's): one job for up to {@value #PER_JOB} of them, not one each, so a task arriving
   * in a large group does not flood the job executor.
   */
  void schedule(List<Notification> notifications) {
    List<Long> ids = notifications.stream().map(Notification::getId).toList();
    for (int from = 0; from < ids.size(); from += PER_JOB) {
      String configuration = new SendNotificationJobHandler.NotificationIds(ids.subList(from, Math.min(ids.size(), from + PER_JOB)))
          .toCanonicalString();
      CommandContext current = Context.getCommandContext();
      if (current != null) {
        send(current, configuration);
      } else {
        ((ProcessEngineImpl) engine.getObject()).getProcessEngineConfiguration().getCommandExecutorTxRequired()
            .execute(context -> {
              send(context, configuration);
              return null;
            });
      }
    }
  }

  private static void send(CommandContext context, String configuration) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(SendNotificationJobHandler.TYPE);
    job.setJobHandlerConfigurationRaw(configuration);
    context.getJobManager().send(job);
  }
}
