package org.tclifecycle.recommendation;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The imports made so far: who loaded which file when, and what it changed. */
@Service
class ImportHistory {

  record ImportRecord(long id, String fileName, String format, String mode, int records, int created, int updated,
      int unchanged, int skipped, int problems, int withoutCountry, String unmappedCountries, String importedBy,
      Instant importedAt, String report) {}

  private final JdbcTemplate jdbc;

  ImportHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<ImportRecord> latest() {
    return jdbc.query("""
        select id, file_name, file_format, import_mode, records, created, updated, unchanged, skipped, problems, without_country,
          unmapped_countries, imported_by, imported_at
        from recommendation_import order by id desc limit 100""",
        (row, n) -> new ImportRecord(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getInt(5),
            row.getInt(6), row.getInt(7), row.getInt(8), row.getInt(9), row.getInt(10), row.getInt(11), row.getString(12),
            row.getString(13), row.getTimestamp(14).toInstant(), RecommendationController.IMPORTS + "/" + row.getLong(1) + "/problems.csv"));
  }

  boolean exists(long importId) {
    return jdbc.queryForObject("select count(*) from recommendation_import where id = ?", Integer.class, importId) > 0;
  }

  /** The import's report: the records it skipped and why, in file order. */
  List<ImportError> problems(long importId) {
    return jdbc.query("""
        select record_index, annotation_id, field, reason, reason_code, reason_args from recommendation_import_problem
        where import_id = ? order by record_index, field""",
        (row, n) -> ImportReasons.read(row.getInt(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
            row.getString(6)), importId);
  }
}
