package org.tclifecycle.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormComponents;

/**
 * The State's name in the reader's language for the forms' header ("Project TC-2026-0001 · State Kenya"): when a
 * task whose form shows {@code {{stateName}}} is created, it gets the name of its process's {@code countryCode} in
 * every offered language (a display copy, which history does not keep).
 */
@Component
public class StateNameInForms extends AbstractProcessEnginePlugin {

  public static final String VARIABLE = "stateName";
  private static final String COUNTRY_CODE = "countryCode";

  private final Set<String> formsShowingIt = new TreeSet<>();

  public StateNameInForms() {
    FormComponents.all(FormComponents.FORMS).forEach((formId, form) -> {
      if (form.toString().contains("{{" + VARIABLE + "}}")) {
        formsShowingIt.add(formId);
      }
    });
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String formRef = element.attributeNS(new Namespace(BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS), "formRef");
        if (formsShowingIt.contains(formRef) && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, task -> {
            if (task.getVariable(COUNTRY_CODE) instanceof String code) {
              LanguageVariables.putOn(task, VARIABLE, language -> StateNames.of(code, language));
            }
          });
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
