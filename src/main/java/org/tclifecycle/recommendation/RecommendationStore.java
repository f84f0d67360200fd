package org.tclifecycle.recommendation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.tclifecycle.operations.DatabaseKind;
import org.tclifecycle.recommendation.RecommendationColumns.Row;

/**
 * Writes imported recommendations batch by batch (an export has a quarter of a million records; no
 * entity is kept in memory), through {@link RecommendationRows}. Each row remembers the import and the position that last wrote it, which
 * is how a record appearing twice in one file is found without holding every id of the file.
 */
@Repository
class RecommendationStore {

  record Counts(int created, int updated, int unchanged) {
    Counts plus(Counts other) {
      return new Counts(created + other.created, updated + other.updated, unchanged + other.unchanged);
    }
  }

  /** An import's report keeps this many problems (the import's row counts them all). */
  static final int MAX_STORED_PROBLEMS = 10000;

  /** The advisory lock's key: "UHRI" in ASCII. */
  static final long IMPORT_LOCK = 0x55485249L;

  private final NamedParameterJdbcTemplate jdbc;
  private final boolean postgres;
  private final RecommendationRows rows;

  RecommendationStore(NamedParameterJdbcTemplate jdbc, DatabaseKind database) {
    this.jdbc = jdbc;
    this.postgres = database.isPostgres();
    this.rows = postgres ? new PostgresRecommendationRows(jdbc.getJdbcTemplate()) : new BatchedRecommendationRows(jdbc.getJdbcTemplate());
  }

  long startImport(String fileName, UhriFormat format, ImportMode mode, String user) {
    if (postgres) {
      // One import at a time across every node sharing the database: a second one is told at once to try again
      // instead of waiting on the first one's rows and failing on them. The lock ends with the transaction.
      Boolean free = jdbc.getJdbcTemplate().queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, IMPORT_LOCK);
      if (!Boolean.TRUE.equals(free)) {
        throw new UhriImport.Busy();
      }
      // The batch lookups are prepared statements on pooled connections: PostgreSQL may keep a generic plan
      // made when the table was small (a sequential scan) and reuse it as the table grows to 250,000 rows,
      // which made each lookup take seconds. Plan each lookup for its own ids during the import.
      jdbc.getJdbcTemplate().execute("set local plan_cache_mode = force_custom_plan");
    }
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update("""
        insert into recommendation_import (file_name, file_format, import_mode, records, created, updated, unchanged,
          unmapped_countries, imported_by, imported_at) values (:fileName, :format, :mode, 0, 0, 0, 0, '', :user, :at)""",
        new MapSqlParameterSource("fileName", fileName).addValue("format", format.name()).addValue("mode", mode.name()).addValue("user", user)
            .addValue("at", Timestamp.from(Instant.now())), key, new String[] {"id"});
    return key.getKey().longValue();
  }

  void finishImport(long importId, int records, Counts counts, int skipped, int problems, int withoutCountry, String unmappedCountries) {
    jdbc.update("""
        update recommendation_import set records = :records, created = :created, updated = :updated, unchanged = :unchanged,
          skipped = :skipped, problems = :problems, without_country = :withoutCountry, unmapped_countries = :unmapped
        where id = :id""",
        new MapSqlParameterSource("records", records).addValue("created", counts.created()).addValue("updated", counts.updated())
            .addValue("unchanged", counts.unchanged()).addValue("skipped", skipped).addValue("problems", problems)
            .addValue("withoutCountry", withoutCountry).addValue("unmapped", unmappedCountries).addValue("id", importId));
  }

  /** Adds problems to the import's report, {@code alreadyStored} being how many earlier batches found. */
  void writeProblems(long importId, List<ImportError> problems, int alreadyStored) {
    int room = Math.max(0, MAX_STORED_PROBLEMS - alreadyStored);
    jdbc.batchUpdate("""
        insert into recommendation_import_problem (import_id, record_index, annotation_id, field, reason, reason_code, reason_args)
        values (:importId, :index, :annotationId, :field, :reason, :reasonCode, :reasonArgs)""",
        problems.stream().limit(room).map(p -> {
          // the English text for whoever reads the table; the code and arguments word it in the report's reader's language
          String english = p.message(Locale.ENGLISH);
          String args = ImportReasons.args(p);
          return new MapSqlParameterSource("importId", importId).addValue("index", p.index())
              .addValue("annotationId", p.annotationId()).addValue("field", p.field())
              .addValue("reason", english.length() > 1000 ? english.substring(0, 999) + "…" : english)
              .addValue("reasonCode", args == null ? null : p.code()).addValue("reasonArgs", args);
        }).toArray(SqlParameterSource[]::new));
  }

  /** Inserts new records, updates changed ones, marks unchanged ones seen; a second occurrence becomes an error. */
  Counts write(long importId, List<UhriRecord> batch, List<ImportError> errors) {
    if (batch.isEmpty()) {
      return new Counts(0, 0, 0);
    }
    Map<String, RecommendationRows.Stored> stored = rows.stored(batch.stream().map(UhriRecord::annotationId).toList());
    Map<String, Integer> inBatch = new HashMap<>();
    List<Row> inserts = new ArrayList<>();
    List<Row> updates = new ArrayList<>();
    List<UhriRecord> touches = new ArrayList<>();
    for (UhriRecord record : batch) {
      RecommendationRows.Stored before = stored.get(record.annotationId());
      Integer first = inBatch.putIfAbsent(record.annotationId(), record.index());
      if (first == null && before != null && before.importId() == importId) {
        first = before.importIndex();
      }
      if (first != null) {
        errors.add(ImportError.of(record.index(), record.annotationId(), UhriFields.ANNOTATION_ID, "uhri.problem.duplicate", first));
        continue;
      }
      Row row = new Row(record, record.contentHash());
      if (before == null) {
        inserts.add(row);
      } else if (!before.contentHash().equals(row.contentHash())) {
        updates.add(row);
      } else {
        touches.add(record);
      }
    }
    Timestamp now = Timestamp.from(Instant.now());
    rows.insert(importId, inserts, now);
    rows.update(importId, updates, now);
    rows.touch(importId, touches);
    List<UhriRecord> written = new ArrayList<>(inserts.size() + updates.size());
    inserts.forEach(row -> written.add(row.record()));
    updates.forEach(row -> written.add(row.record()));
    rows.writeCountries(updates.stream().map(Row::record).toList(), written);
    return new Counts(inserts.size(), updates.size(), touches.size());
  }
}
