package org.tclifecycle.recommendation;

import java.util.List;
import java.util.Map;

/** One record of a UHRI export as read from the file, before any check: each field's values as text. */
record RawRecord(int index, Map<String, List<String>> fields) {

  List<String> values(String field) {
    return fields.getOrDefault(field, List.of());
  }

  String value(String field) {
    List<String> values = values(field);
    return values.isEmpty() ? null : values.get(0);
  }
}
