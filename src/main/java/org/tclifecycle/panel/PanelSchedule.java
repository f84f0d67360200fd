package org.tclifecycle.panel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The yearly timer lives in its own small process, {@code panel-schedule}: Camunda 7 allows no timer start
 * event beside the none start event that carries the panel's start form. Each year it opens a panel, whose
 * first step asks a manager for the theme.
 */
@Component("panelSchedule")
public class PanelSchedule {

  public static final String PROCESS_KEY = "panel-schedule";
  public static final String YEAR_DUE = "PanelYearDue";

  public void openYear(DelegateExecution execution) {
    execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByMessage(YEAR_DUE);
  }
}
