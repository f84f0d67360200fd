package org.tclifecycle.recommendation;

/**
 * How an import treats records it cannot use: {@code LENIENT} (the default) skips them and lists them in the
 * import's report; {@code STRICT} imports nothing when any record is bad. A file that is not a UHRI export at all
 * is refused in both modes.
 */
public enum ImportMode {
  LENIENT, STRICT
}
