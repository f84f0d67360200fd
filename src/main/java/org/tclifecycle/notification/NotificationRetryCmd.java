package org.tclifecycle.notification;

import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;

/**
 * A failed notification job belongs to no activity, where Camunda would retry at once until its retries are
 * spent: it waits the configured intervals instead, like the send tasks' {@code failedJobRetryTimeCycle}.
 */
class NotificationRetryCmd extends DefaultJobRetryCmd {

  private final String retryIntervals;

  NotificationRetryCmd(String jobId, Throwable exception, String retryIntervals) {
    super(jobId, exception);
    this.retryIntervals = retryIntervals;
  }

  @Override
  public Object execute(CommandContext commandContext) {
    JobEntity job = getJob();
    if (job == null || !SendNotificationJobHandler.TYPE.equals(job.getJobHandlerType())) {
      return super.execute(commandContext);
    }
    try {
      executeCustomStrategy(commandContext, job, null);
    } catch (Exception e) {
      throw new IllegalStateException("could not schedule the retry of notification job " + job.getId(), e);
    }
    return null;
  }

  @Override
  public FailedJobRetryConfiguration getFailedJobRetryConfiguration(JobEntity job, ActivityImpl activity) {
    return activity == null ? ParseUtil.parseRetryIntervals(retryIntervals) : super.getFailedJobRetryConfiguration(job, activity);
  }
}
