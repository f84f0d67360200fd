package org.tclifecycle.project;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import org.tclifecycle.i18n.StateNames;

/**
 * Names every user task after its project and its State, "Assess needs: TC-2026-0007 (Kenya)", so a task list
 * shows whose work it is while the diagrams keep plain labels. The engine keeps the name in English; a reader in
 * another language gets the State's name in theirs ({@link org.tclifecycle.i18n.TaskNames}).
 */
@Component
public class TaskNamingPlugin extends AbstractProcessEnginePlugin {

  private static final TaskListener NAME_AFTER_PROJECT = TaskNamingPlugin::nameAfterProject;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskListeners.onCreate(configuration, NAME_AFTER_PROJECT);
  }

  static void nameAfterProject(DelegateTask task) {
    Object businessKey = task.getVariable(ProjectVariables.BUSINESS_KEY);
    Object country = task.getVariable(ProjectVariables.COUNTRY_CODE);
    if (businessKey != null && task.getName() != null) {
      task.setName(task.getName() + ": " + businessKey + (country == null ? "" : " (" + StateNames.of(country.toString(), Locale.ENGLISH) + ")"));
    }
  }
}
