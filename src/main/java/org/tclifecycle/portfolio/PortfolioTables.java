package org.tclifecycle.portfolio;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.tclifecycle.web.Documents;

/**
 * The portfolio's tables by name, each a list of records in {@link Portfolio}: the CSV's columns are the
 * record's fields, in order, so the JSON and the CSV never disagree. The CSV goes through {@link Documents#csv}.
 */
final class PortfolioTables {

  private static final Map<String, RecordComponent> TABLES = new LinkedHashMap<>();

  static {
    for (RecordComponent component : Portfolio.class.getRecordComponents()) {
      if (component.getType() == List.class) {
        TABLES.put(component.getName(), component);
      }
    }
  }

  static final Set<String> NAMES = Set.copyOf(TABLES.keySet());
  static final String NAMES_TEXT = String.join(", ", TABLES.keySet()) + " (and heatmap, GET /api/portfolio/heatmap.csv)";

  private PortfolioTables() {}

  static List<?> rows(Portfolio portfolio, String table) {
    try {
      return (List<?>) TABLES.get(table).getAccessor().invoke(portfolio);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static Class<?> rowType(String table) {
    return (Class<?>) ((ParameterizedType) TABLES.get(table).getGenericType()).getActualTypeArguments()[0];
  }

  static ResponseEntity<String> csv(String fileName, List<?> rows, Class<?> rowType) {
    RecordComponent[] columns = rowType.getRecordComponents();
    List<String> header = Arrays.stream(columns).map(RecordComponent::getName).toList();
    List<List<String>> cells = rows.stream().map(row -> Arrays.stream(columns).map(column -> cell(row, column)).toList()).toList();
    return Documents.csv(fileName, header, cells);
  }

  private static String cell(Object row, RecordComponent column) {
    try {
      Object value = column.getAccessor().invoke(row);
      return value == null ? "" : value.toString();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
