package org.tclifecycle.recommendation;

import static org.tclifecycle.recommendation.RecommendationColumns.ALL;
import static org.tclifecycle.recommendation.RecommendationColumns.ANNOTATION_ID;
import static org.tclifecycle.recommendation.RecommendationColumns.UPDATED;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tclifecycle.recommendation.RecommendationColumns.Column;
import org.tclifecycle.recommendation.RecommendationColumns.Row;

/**
 * PostgreSQL: new rows arrive by {@code COPY}, which the server writes many to a page at a time; changed rows are
 * one statement per batch whose rows arrive as one array per column ({@code unnest}). Either way the server plans
 * and runs one statement instead of one per row, which is most of what a quarter of a million rows cost it.
 */
class PostgresRecommendationRows implements RecommendationRows {

  private static final String COLUMNS_AS_ARRAYS = String.join(", ", ALL.stream().map(c -> "?::" + c.arrayType() + "[]").toList());
  private static final String COPY = "copy recommendation (" + RecommendationColumns.names(ALL) + ", import_id, updated_at) from stdin";
  private static final String UPDATE = "update recommendation r set "
      + String.join(", ", UPDATED.stream().map(c -> c.name() + " = u." + c.name()).toList())
      + ", import_id = ?, updated_at = ? from unnest(" + COLUMNS_AS_ARRAYS + ") as u(" + RecommendationColumns.names(ALL)
      + ") where r." + ANNOTATION_ID + " = u." + ANNOTATION_ID;

  private final JdbcTemplate jdbc;

  PostgresRecommendationRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, Stored> stored(List<String> annotationIds) {
    Map<String, Stored> stored = new HashMap<>();
    jdbc.query("select annotation_id, content_hash, import_id, import_index from recommendation where annotation_id = any(?)",
        ps -> ps.setArray(1, array(ps, "varchar", annotationIds, id -> id)),
        row -> { stored.put(row.getString(1), new Stored(row.getString(2), row.getLong(3), row.getInt(4))); });
    return stored;
  }

  @Override
  public void insert(long importId, List<Row> rows, Timestamp now) {
    CopyText copy = new CopyText();
    String after = importId + "\t" + now.toInstant();
    for (Row row : rows) {
      ALL.forEach(column -> copy.value(column.value().apply(row)));
      copy.raw(after).endRow();
    }
    copy.into(jdbc, COPY);
  }

  @Override
  public void update(long importId, List<Row> rows, Timestamp now) {
    if (!rows.isEmpty()) {
      jdbc.update(UPDATE, ps -> {
        ps.setLong(1, importId);
        ps.setTimestamp(2, now);
        setColumns(ps, 3, rows);
      });
    }
  }

  @Override
  public void touch(long importId, List<UhriRecord> records) {
    if (!records.isEmpty()) {
      jdbc.update("update recommendation r set import_id = ?, import_index = u.import_index"
          + " from unnest(?::varchar[], ?::int4[]) as u(annotation_id, import_index) where r.annotation_id = u.annotation_id", ps -> {
            ps.setLong(1, importId);
            ps.setArray(2, array(ps, "varchar", records, UhriRecord::annotationId));
            ps.setArray(3, array(ps, "int4", records, UhriRecord::index));
          });
    }
  }

  @Override
  public void writeCountries(List<UhriRecord> replaced, List<UhriRecord> records) {
    if (!replaced.isEmpty()) {
      jdbc.update("delete from recommendation_country where annotation_id = any(?)",
          ps -> ps.setArray(1, array(ps, "varchar", replaced, UhriRecord::annotationId)));
    }
    CopyText copy = new CopyText();
    records.forEach(r -> r.countryCodes().forEach(code -> copy.value(r.annotationId()).value(code).endRow()));
    copy.into(jdbc, "copy recommendation_country (annotation_id, country_code) from stdin");
  }

  private static void setColumns(PreparedStatement ps, int first, List<Row> rows) throws SQLException {
    for (int i = 0; i < ALL.size(); i++) {
      Column column = ALL.get(i);
      ps.setArray(first + i, array(ps, column.arrayType(), rows, column.value()));
    }
  }

  private static <T> Array array(PreparedStatement ps, String type, List<T> items, Function<T, Object> value) throws SQLException {
    Object[] values = new Object[items.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value.apply(items.get(i));
    }
    Connection connection = ps.getConnection();
    return connection.createArrayOf(type, values);
  }
}
