package org.tclifecycle.project;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Names every user task after its project, "Assess needs: TC-2026-0007 (KE)", so a task list shows whose
 * work it is while the diagrams keep plain labels.
 */
@Component
public class TaskNamingPlugin extends AbstractProcessEnginePlugin {

  private static final TaskListener NAME_AFTER_PROJECT = TaskNamingPlugin::nameAfterProject;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, NAME_AFTER_PROJECT);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  static void nameAfterProject(DelegateTask task) {
    Object businessKey = task.getVariable(ProjectVariables.BUSINESS_KEY);
    Object country = task.getVariable(ProjectVariables.COUNTRY_CODE);
    if (businessKey != null && task.getName() != null) {
      task.setName(task.getName() + ": " + businessKey + (country == null ? "" : " (" + country + ")"));
    }
  }
}
