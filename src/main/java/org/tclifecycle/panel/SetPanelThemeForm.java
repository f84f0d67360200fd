package org.tclifecycle.panel;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;

/** After the yearly timer, a manager sets the theme and the Council session; the panel is registered next. */
@Component("setPanelThemeForm")
class SetPanelThemeForm extends FormTaskListener {

  private final InputValidator validator;

  SetPanelThemeForm(InputValidator validator) {
    this.validator = validator;
  }

  @Override
  public String formId() {
    return "set-panel-theme";
  }

  @Override
  public Set<String> fieldsRead() {
    return PanelSettingFields.ALL;
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    PanelSettingFields.read(values, validator);
  }
}
