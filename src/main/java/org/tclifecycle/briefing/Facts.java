package org.tclifecycle.briefing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Rows of a read-only table on a form: plain text written by the server from stored records, shown by a
 * form-js table component, which renders cell text as text (no Markdown, no HTML).
 */
final class Facts {

  static final String FACT = "fact";
  static final String VALUE = "value";

  private final List<Map<String, String>> rows = new ArrayList<>();

  /** A fact and its value; an empty value is shown as "not recorded" so a gap is visible, not hidden. */
  Facts add(String fact, Object value) {
    String text = value == null ? "" : value.toString().strip();
    return row(FACT, fact, VALUE, text.isEmpty() ? "not recorded" : text);
  }

  /** A row with the given column keys and values, in pairs. */
  Facts row(String... keysAndValues) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      row.put(keysAndValues[i], keysAndValues[i + 1] == null ? "" : keysAndValues[i + 1].strip());
    }
    rows.add(row);
    return this;
  }

  List<Map<String, String>> rows() {
    return rows;
  }

  void putOn(DelegateTask task, String variable) {
    task.setVariableLocal(variable, SpinValues.jsonValue(Spin.JSON(rows)).create());
  }
}
