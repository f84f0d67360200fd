package org.tclifecycle.project;

/** Outcome of a cooperation project; OPEN until its process ends. */
public enum ProjectStatus {
  OPEN, LAPSED, DECLINED, REJECTED, HALTED, CLOSED
}
