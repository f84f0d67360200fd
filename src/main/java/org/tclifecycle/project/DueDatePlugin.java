package org.tclifecycle.project;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every deployed process a due date, and a follow-up date where one is configured:
 * the model's own deadline when it has one, otherwise the configured period ({@link TaskDeadlines}).
 */
@Component
class DueDatePlugin extends AbstractProcessEnginePlugin {

  private final TaskDeadlines deadlines;

  DueDatePlugin(TaskDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskListeners.onCreate(configuration, this::schedule);
  }

  void schedule(DelegateTask task) {
    if (task.getDueDate() == null) {
      task.setDueDate(deadlines.dueFor(task.getTaskDefinitionKey()));
    }
    if (task.getFollowUpDate() == null) {
      deadlines.followUpFor(task.getTaskDefinitionKey()).ifPresent(task::setFollowUpDate);
    }
  }
}
