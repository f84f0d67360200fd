package org.tclifecycle.i18n;

import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormComponents;
import org.tclifecycle.input.UserTaskForms;

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
    UserTaskForms.onCreate(configuration, formRef -> !formsShowingIt.contains(formRef) ? null : task -> {
      if (task.getVariable(COUNTRY_CODE) instanceof String code) {
        LanguageVariables.putOn(task, VARIABLE, language -> StateNames.of(code, language));
      }
    });
  }
}
