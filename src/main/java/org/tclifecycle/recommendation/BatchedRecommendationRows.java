package org.tclifecycle.recommendation;

import static org.tclifecycle.recommendation.RecommendationColumns.ALL;
import static org.tclifecycle.recommendation.RecommendationColumns.ANNOTATION_ID;
import static org.tclifecycle.recommendation.RecommendationColumns.UPDATED;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tclifecycle.recommendation.RecommendationColumns.Column;
import org.tclifecycle.recommendation.RecommendationColumns.Row;

/** Any database: one JDBC batch per kind of write, parameters by position with their types. */
class BatchedRecommendationRows implements RecommendationRows {

  private static final String INSERT = "insert into recommendation (" + RecommendationColumns.names(ALL) + ", import_id, updated_at) values ("
      + String.join(", ", Collections.nCopies(ALL.size() + 2, "?")) + ")";
  private static final String UPDATE = "update recommendation set "
      + String.join(", ", UPDATED.stream().map(c -> c.name() + " = ?").toList()) + ", import_id = ?, updated_at = ? where "
      + ANNOTATION_ID + " = ?";
  private static final int[] INSERT_TYPES = types(ALL, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE);
  private static final int[] UPDATE_TYPES = types(UPDATED, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR);

  private final JdbcTemplate jdbc;

  BatchedRecommendationRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, Stored> stored(List<String> annotationIds) {
    Map<String, Stored> stored = new HashMap<>();
    jdbc.query("select annotation_id, content_hash, import_id, import_index from recommendation where annotation_id in ("
            + String.join(", ", Collections.nCopies(annotationIds.size(), "?")) + ")",
        row -> { stored.put(row.getString(1), new Stored(row.getString(2), row.getLong(3), row.getInt(4))); },
        annotationIds.toArray());
    return stored;
  }

  @Override
  public void insert(long importId, List<Row> rows, Timestamp now) {
    jdbc.batchUpdate(INSERT, rows.stream().map(row -> values(ALL, row, importId, now)).toList(), INSERT_TYPES);
  }

  @Override
  public void update(long importId, List<Row> rows, Timestamp now) {
    jdbc.batchUpdate(UPDATE, rows.stream().map(row -> values(UPDATED, row, importId, now, row.record().annotationId())).toList(),
        UPDATE_TYPES);
  }

  @Override
  public void touch(long importId, List<UhriRecord> records) {
    jdbc.batchUpdate("update recommendation set import_id = ?, import_index = ? where annotation_id = ?",
        records.stream().map(r -> new Object[] {importId, r.index(), r.annotationId()}).toList(),
        new int[] {Types.BIGINT, Types.INTEGER, Types.VARCHAR});
  }

  @Override
  public void writeCountries(List<UhriRecord> replaced, List<UhriRecord> records) {
    if (!replaced.isEmpty()) {
      jdbc.batchUpdate("delete from recommendation_country where annotation_id = ?",
          replaced.stream().map(r -> new Object[] {r.annotationId()}).toList(), new int[] {Types.VARCHAR});
    }
    List<Object[]> countries = new ArrayList<>();
    records.forEach(r -> r.countryCodes().forEach(code -> countries.add(new Object[] {r.annotationId(), code})));
    jdbc.batchUpdate("insert into recommendation_country (annotation_id, country_code) values (?, ?)", countries,
        new int[] {Types.VARCHAR, Types.VARCHAR});
  }

  private static Object[] values(List<Column> columns, Row row, Object... after) {
    Object[] values = new Object[columns.size() + after.length];
    for (int i = 0; i < columns.size(); i++) {
      values[i] = columns.get(i).value().apply(row);
    }
    System.arraycopy(after, 0, values, columns.size(), after.length);
    return values;
  }

  private static int[] types(List<Column> columns, int... after) {
    return IntStream.concat(columns.stream().mapToInt(Column::sqlType), IntStream.of(after)).toArray();
  }
}
