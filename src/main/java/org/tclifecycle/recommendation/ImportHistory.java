package org.tclifecycle.recommendation;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The imports made so far: who loaded which file when, and what it changed. */
@Service
class ImportHistory {

  record ImportRecord(long id, String fileName, String format, int records, int created, int updated, int unchanged,
      String unmappedCountries, String importedBy, Instant importedAt) {}

  private final JdbcTemplate jdbc;

  ImportHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<ImportRecord> latest() {
    return jdbc.query("""
        select id, file_name, file_format, records, created, updated, unchanged, unmapped_countries, imported_by, imported_at
        from recommendation_import order by id desc limit 100""",
        (row, n) -> new ImportRecord(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4), row.getInt(5),
            row.getInt(6), row.getInt(7), row.getString(8), row.getString(9), row.getTimestamp(10).toInstant()));
  }
}
