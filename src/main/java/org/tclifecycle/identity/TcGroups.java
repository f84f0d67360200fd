package org.tclifecycle.identity;

/** The product's groups; BPMN candidate groups name them too. */
public final class TcGroups {

  public static final String OFFICERS = "tc-officers";
  public static final String MANAGERS = "tc-managers";
  public static final String EXTERNAL = "tc-external";
  /** Accounts of the thematic panel's contributors (UN entities, regional organisations...): the panel API only. */
  public static final String CONTRIBUTORS = "tc-contributors";
  /** The Voluntary Fund Board of Trustees' secretariat: records the Board's sessions and advice on referred projects, in Tasklist. */
  public static final String BOARD_SECRETARIAT = "tc-board-secretariat";
  /** Monitoring systems and operators: the Prometheus metrics only (no Camunda authorization). */
  public static final String MONITORING = "tc-monitoring";

  private TcGroups() {}
}
