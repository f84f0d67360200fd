package org.tclifecycle.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Puts {@link StageGate}'s check first among the start listeners of the cooperation project's activities, as a built-in listener. */
@Component
class StageGatePlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<StageGate> gate;

  StageGatePlugin(ObjectProvider<StageGate> gate) {
    this.gate = gate;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity process) {
        if (ProjectVariables.PROCESS_KEY.equals(process.getKey())) {
          guard(process.getActivities());
        } else if (ProjectVariables.SUB_PROCESS_KEYS.contains(process.getKey())) {
          ExecutionListener requireProject = execution -> gate.getObject().requireProject(execution);
          process.addBuiltInListener(ExecutionListener.EVENTNAME_START, requireProject, 0);
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private void guard(List<ActivityImpl> activities) {
    for (ActivityImpl activity : activities) {
      Set<Milestone> required = prerequisites(activity);
      if (required != null) {
        ExecutionListener check = execution -> gate.getObject().check(execution, required);
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, check, 0);
      }
      guard(activity.getActivities());
    }
  }

  private static Set<Milestone> prerequisites(ActivityImpl activity) {
    for (ScopeImpl scope = activity; scope instanceof ActivityImpl current; scope = current.getFlowScope()) {
      Set<Milestone> required = StageGate.PREREQUISITES.get(current.getId());
      if (required != null) {
        return required;
      }
    }
    return null;
  }
}
