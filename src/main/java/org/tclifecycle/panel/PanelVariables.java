package org.tclifecycle.panel;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names of the {@code thematic-panel} process: its key, its message, and its variables (the panel's id, the element of
 * the per-contributor loop, decisions).
 */
public final class PanelVariables {

  public static final String PROCESS_KEY = "thematic-panel";
  /** One message per contribution, so that each contributor's task ends on its own contribution. */
  public static final String CONTRIBUTION_RECEIVED = "ContributionReceived-";

  public static final String PANEL_ID = "panelId";
  public static final String PANEL_TITLE = "panelTitle";
  public static final String CONTRIBUTION_ID = "contributionId";
  public static final String CONTRIBUTOR_NAME = "contributorName";
  public static final String REPORT_DECISION = "reportDecision";
  public static final String REVIEW_COMMENTS = "reviewComments";
  public static final String REPORT_VERSION = "reportVersion";

  private PanelVariables() {}

  public static Long panelId(VariableScope scope) {
    return ((Number) scope.getVariable(PANEL_ID)).longValue();
  }

  public static Long contributionId(VariableScope scope) {
    return ((Number) scope.getVariable(CONTRIBUTION_ID)).longValue();
  }
}
