package org.tclifecycle.project;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Adds a listener to the create event of every user task of every deployed process, without touching the diagrams. */
public final class UserTaskListeners {

  private UserTaskListeners() {}

  public static void onCreate(ProcessEngineConfigurationImpl configuration, TaskListener listener) {
    on(configuration, listener, TaskListener.EVENTNAME_CREATE);
  }

  /** Adds the listener to every user task for these events (after the model's own listeners). */
  public static void on(ProcessEngineConfigurationImpl configuration, TaskListener listener, String... events) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        for (String event : events) {
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition().addTaskListener(event, listener);
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
