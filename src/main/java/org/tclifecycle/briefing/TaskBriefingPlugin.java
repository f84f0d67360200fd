package org.tclifecycle.briefing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.tclifecycle.project.UserTaskListeners;

/**
 * When a user task is created, gives it its description (Tasklist's Description tab) and, on a decision
 * task, the facts it decides on. The diagrams stay as they are.
 */
@Component
public class TaskBriefingPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<DecisionFacts> facts;

  TaskBriefingPlugin(ObjectProvider<DecisionFacts> facts) {
    this.facts = facts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // the facts are read again when someone takes the task: a task waiting for weeks (Review execution) shows
    // the progress reports made meanwhile
    UserTaskListeners.on(configuration, this::brief, TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT);
  }

  void brief(DelegateTask task) {
    String description = TaskDescriptions.BY_TASK.get(task.getTaskDefinitionKey());
    if (description != null && task.getDescription() == null) {
      task.setDescription(description);
    }
    facts.getObject().brief(task);
  }
}
