package org.tclifecycle.operations;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import org.tclifecycle.briefing.BriefingVariables;
import org.tclifecycle.i18n.LanguageVariables;
import org.tclifecycle.i18n.StateNameInForms;
import org.tclifecycle.input.FormTaskListener;

/** History at level full, written by {@link LeanHistoryEventHandler}: about a tenth of Camunda's default per project. */
@Component
class LeanHistoryPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new LeanHistoryEventHandler(
        name -> BriefingVariables.ALL.contains(name) || FormTaskListener.isOptionList(name)
            || LanguageVariables.isTranslation(name) || StateNameInForms.VARIABLE.equals(name)));
  }
}
