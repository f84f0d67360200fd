package org.tclifecycle.operations;

import java.time.Duration;
import java.util.Date;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.bpmn.behavior.MultiInstanceActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Camunda's history writer at level full, less what repeats the domain records, the deployed models or the rest
 * of the history. Kept: every process, activity and task with who did it and when, the process variables the
 * processes decide on, decisions with their inputs and outputs, incidents, each job's run (on which node, when)
 * and every failure of a job, and the user-operation audit. Not written:
 * <ul>
 * <li>each variable's every change and each submitted form field (act_hi_detail);</li>
 * <li>variables of a user task, its own or its activity's: what its form submitted, which the stage stored in the
 * domain records (per round), and the facts and options shown on it, copies of those records;</li>
 * <li>display-only process variables, and a multi-instance's counters;</li>
 * <li>a variable created and removed in the same transaction: the start form's fields once the request is stored;</li>
 * <li>candidate-group and assignee links (act_hi_identitylink): each task's candidate group is its deployed model's,
 * a change of them made in Tasklist is in the audit, and who took a task is its assignee and the audit's claim;</li>
 * <li>a job's creation, and the deletion of a job that never failed (a timer left behind): its run is logged when
 * it succeeds (which node ran it, exactly once, TwoNodesIT) and each failure with its message.</li>
 * </ul>
 */
class LeanHistoryEventHandler extends DbHistoryEventHandler {

  private static final Set<String> MULTI_INSTANCE_COUNTERS = Set.of(MultiInstanceActivityBehavior.NUMBER_OF_INSTANCES,
      MultiInstanceActivityBehavior.NUMBER_OF_ACTIVE_INSTANCES, MultiInstanceActivityBehavior.NUMBER_OF_COMPLETED_INSTANCES,
      MultiInstanceActivityBehavior.LOOP_COUNTER);

  /** The projects' history time to live (historyTimeToLive P3650D in each BPMN file). */
  static final Duration STANDALONE_JOB_LOG_KEPT = Duration.ofDays(3650);

  private final Predicate<String> displayOnly;

  LeanHistoryEventHandler(Predicate<String> displayOnly) {
    this.displayOnly = displayOnly;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricFormPropertyEventEntity || event instanceof HistoricIdentityLinkLogEventEntity) {
      return;
    }
    if (event instanceof HistoricJobLogEventEntity job) {
      if (job.isCreationLog() || job.isDeletionLog() && !failedBefore(job)) {
        return;
      }
      if (job.getProcessInstanceId() == null && job.getRemovalTime() == null) {
        // a job of no process (the e-mail a task's arrival sends) gets no removal time from Camunda, so the history
        // cleanup would never remove its log: it is kept as long as a project's history
        job.setRemovalTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(STANDALONE_JOB_LOG_KEPT)));
      }
    }
    super.handleEvent(event);
  }

  /** A job that failed keeps its exception message until it ends; the ending command has it cached. */
  private static boolean failedBefore(HistoricJobLogEventEntity event) {
    JobEntity job = Context.getCommandContext().getDbEntityManager().getCachedEntity(JobEntity.class, event.getJobId());
    return job != null && job.getExceptionMessage() != null;
  }

  @Override
  protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
    return false;
  }

  @Override
  protected void insertHistoricVariableUpdateEntity(HistoricVariableUpdateEventEntity event) {
    String name = event.getVariableName();
    if (displayOnly.test(name) || MULTI_INSTANCE_COUNTERS.contains(name) || ofAUserTask(event)) {
      return;
    }
    if (event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE) && createdInThisTransaction(event)) {
      return;
    }
    super.insertHistoricVariableUpdateEntity(event);
  }

  /**
   * A task's own variable, or one local to a user task's activity (an input parameter that keeps a form's fields
   * apart between the parallel tasks of a multi-instance): the variable's scope, not the activity that set it, which
   * for a process variable set while a task completes (a form's decision for a gateway) is the task's.
   */
  private static boolean ofAUserTask(HistoricVariableUpdateEventEntity event) {
    if (event.getTaskId() != null) {
      return true;
    }
    String activityInstance = event.getScopeActivityInstanceId();
    int colon = activityInstance == null ? -1 : activityInstance.indexOf(':'); // "<activity id>:<id>"; BPMN ids have no colon
    if (colon < 0 || event.getProcessDefinitionId() == null) {
      return false;
    }
    ActivityImpl activity = Context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(event.getProcessDefinitionId()).findActivity(activityInstance.substring(0, colon));
    // only a scope (input parameters, boundary events) has variables of its own; the activity instance of any
    // other user task is that of the execution it runs in, whose variables belong to the enclosing scope
    return activity != null && activity.isScope() && activity.getActivityBehavior() instanceof UserTaskActivityBehavior;
  }

  /** Removes the history of a variable not yet written, so that nothing is: true if there was one. */
  private boolean createdInThisTransaction(HistoricVariableUpdateEventEntity event) {
    var entities = Context.getCommandContext().getDbEntityManager();
    HistoricVariableInstanceEntity variable = entities.getDbEntityCache()
        .get(HistoricVariableInstanceEntity.class, event.getVariableInstanceId());
    if (variable == null || !entities.getDbEntityCache().isTransient(variable)) {
      return false;
    }
    variable.delete();
    return true;
  }
}
