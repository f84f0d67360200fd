package org.tclifecycle.panel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;
import org.tclifecycle.input.InvalidInputException;
import org.tclifecycle.input.RefusedFormInput;
import org.tclifecycle.project.ProjectVariables;

/**
 * Registers the year's panel from the theme and session a manager set (in the start form or the task after
 * the yearly timer). In the caller's transaction: invalid settings start nothing and the form says why.
 */
@Component("registerPanel")
class RegisterPanel implements JavaDelegate {

  private final Panels panels;
  private final InputValidator validator;

  RegisterPanel(Panels panels, InputValidator validator) {
    this.panels = panels;
    this.validator = validator;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PanelSetting setting;
    try {
      setting = PanelSettingFields.read(new FormValues(execution, PanelSettingFields.ALL), validator);
    } catch (InvalidInputException e) {
      throw new RefusedFormInput(e, "set-panel-theme");
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    ThematicPanel panel = panels.register(setting, execution.getProcessInstanceId(), user == null ? null : user.getUserId());
    String key = "HRC" + panel.getSessionNumber() + "-PANEL";
    execution.setProcessBusinessKey(key);
    execution.setVariable(PanelVariables.PANEL_ID, panel.getId());
    // task names and forms show which panel they belong to, as they show a project's key
    execution.setVariable(ProjectVariables.BUSINESS_KEY, key);
    execution.setVariable(PanelVariables.PANEL_TITLE, panel.getTheme());
  }
}
