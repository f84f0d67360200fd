package org.tclifecycle.panel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The unattended steps of a contribution and of the report, called from the model as {@code ${contributionSteps...}}. */
@Component("contributionSteps")
@Transactional
public class ContributionSteps {

  private final Panels panels;
  private final PanelReportCompiler compiler;

  ContributionSteps(Panels panels, PanelReportCompiler compiler) {
    this.panels = panels;
    this.compiler = compiler;
  }

  /** The deadline passed without a contribution: it is listed as missing; a late one is still kept when it comes. */
  public void markMissing(DelegateExecution execution) {
    panels.contribution(PanelVariables.contributionId(execution)).missing();
  }

  public void compileReport(DelegateExecution execution) {
    execution.setVariable(PanelVariables.REPORT_VERSION, compiler.compile(PanelVariables.panelId(execution)).getVersion());
  }
}
