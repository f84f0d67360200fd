package org.tclifecycle.recommendation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.tclifecycle.operations.DatabaseKind;

/**
 * Writes imported recommendations in JDBC batches (an export has a quarter of a million records; no
 * entity is kept in memory). Each row remembers the import and the position that last wrote it, which
 * is how a record appearing twice in one file is found without holding every id of the file.
 */
@Repository
class RecommendationStore {

  record Counts(int created, int updated, int unchanged) {
    Counts plus(Counts other) {
      return new Counts(created + other.created, updated + other.updated, unchanged + other.unchanged);
    }
  }

  private record Stored(String contentHash, long importId, int importIndex) {}

  private static final String INSERT = """
      insert into recommendation (annotation_id, annotation_type, kind, body, document_id, symbol, paragraph, text, original_text,
        countries, country_codes, themes, affected_persons, sdgs, sdg_goals, sdg_targets, regions, publication_date, upr_cycle,
        upr_sessions, upr_position, recommending_countries, recommending_regions, content_hash, import_id, import_index, updated_at)
      values (:annotationId, :annotationType, :kind, :body, :documentId, :symbol, :paragraph, :text, :originalText,
        :countries, :countryCodes, :themes, :affectedPersons, :sdgs, :sdgGoals, :sdgTargets, :regions, :publicationDate, :uprCycle,
        :uprSessions, :uprPosition, :recommendingCountries, :recommendingRegions, :contentHash, :importId, :importIndex, :updatedAt)""";
  private static final String UPDATE = """
      update recommendation set annotation_type = :annotationType, kind = :kind, body = :body, document_id = :documentId,
        symbol = :symbol, paragraph = :paragraph, text = :text, original_text = :originalText, countries = :countries,
        country_codes = :countryCodes, themes = :themes, affected_persons = :affectedPersons, sdgs = :sdgs, sdg_goals = :sdgGoals,
        sdg_targets = :sdgTargets, regions = :regions, publication_date = :publicationDate, upr_cycle = :uprCycle,
        upr_sessions = :uprSessions, upr_position = :uprPosition, recommending_countries = :recommendingCountries,
        recommending_regions = :recommendingRegions, content_hash = :contentHash, import_id = :importId,
        import_index = :importIndex, updated_at = :updatedAt
      where annotation_id = :annotationId""";
  private static final String TOUCH =
      "update recommendation set import_id = :importId, import_index = :importIndex where annotation_id = :annotationId";
  /** An import's report keeps this many problems (the import's row counts them all). */
  static final int MAX_STORED_PROBLEMS = 10000;

  /** The advisory lock's key: "UHRI" in ASCII. */
  static final long IMPORT_LOCK = 0x55485249L;

  private final NamedParameterJdbcTemplate jdbc;
  private final boolean postgres;

  RecommendationStore(NamedParameterJdbcTemplate jdbc, DatabaseKind database) {
    this.jdbc = jdbc;
    this.postgres = database.isPostgres();
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
        insert into recommendation_import_problem (import_id, record_index, annotation_id, field, reason)
        values (:importId, :index, :annotationId, :field, :reason)""",
        problems.stream().limit(room).map(p -> new MapSqlParameterSource("importId", importId).addValue("index", p.index())
            .addValue("annotationId", p.annotationId()).addValue("field", p.field())
            .addValue("reason", p.message().length() > 1000 ? p.message().substring(0, 999) + "…" : p.message()))
            .toArray(SqlParameterSource[]::new));
  }

  /** Inserts new records, updates changed ones, marks unchanged ones seen; a second occurrence becomes an error. */
  Counts write(long importId, List<UhriRecord> batch, List<ImportError> errors) {
    if (batch.isEmpty()) {
      return new Counts(0, 0, 0);
    }
    Map<String, Stored> stored = new HashMap<>();
    jdbc.query("select annotation_id, content_hash, import_id, import_index from recommendation where annotation_id in (:ids)",
        new MapSqlParameterSource("ids", batch.stream().map(UhriRecord::annotationId).toList()),
        row -> { stored.put(row.getString(1), new Stored(row.getString(2), row.getLong(3), row.getInt(4))); });
    Map<String, Integer> inBatch = new HashMap<>();
    List<UhriRecord> inserts = new ArrayList<>();
    List<UhriRecord> updates = new ArrayList<>();
    List<UhriRecord> touches = new ArrayList<>();
    for (UhriRecord record : batch) {
      Stored before = stored.get(record.annotationId());
      Integer first = inBatch.putIfAbsent(record.annotationId(), record.index());
      if (first == null && before != null && before.importId() == importId) {
        first = before.importIndex();
      }
      if (first != null) {
        errors.add(new ImportError(record.index(), record.annotationId(), UhriFields.ANNOTATION_ID,
            "appears more than once in the file (first as record " + first + ")"));
      } else if (before == null) {
        inserts.add(record);
      } else if (!before.contentHash().equals(record.contentHash())) {
        updates.add(record);
      } else {
        touches.add(record);
      }
    }
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.batchUpdate(INSERT, inserts.stream().map(r -> parameters(r, importId, now)).toArray(SqlParameterSource[]::new));
    jdbc.batchUpdate(UPDATE, updates.stream().map(r -> parameters(r, importId, now)).toArray(SqlParameterSource[]::new));
    jdbc.batchUpdate(TOUCH, touches.stream().map(r -> new MapSqlParameterSource("annotationId", r.annotationId())
        .addValue("importId", importId).addValue("importIndex", r.index())).toArray(SqlParameterSource[]::new));
    if (!updates.isEmpty()) {
      jdbc.update("delete from recommendation_country where annotation_id in (:ids)",
          new MapSqlParameterSource("ids", updates.stream().map(UhriRecord::annotationId).toList()));
    }
    List<SqlParameterSource> countries = new ArrayList<>();
    for (UhriRecord record : concat(inserts, updates)) {
      record.countryCodes().forEach(code -> countries.add(
          new MapSqlParameterSource("annotationId", record.annotationId()).addValue("code", code)));
    }
    jdbc.batchUpdate("insert into recommendation_country (annotation_id, country_code) values (:annotationId, :code)",
        countries.toArray(SqlParameterSource[]::new));
    return new Counts(inserts.size(), updates.size(), touches.size());
  }

  private static List<UhriRecord> concat(List<UhriRecord> a, List<UhriRecord> b) {
    List<UhriRecord> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static MapSqlParameterSource parameters(UhriRecord r, long importId, Timestamp now) {
    return new MapSqlParameterSource("annotationId", r.annotationId())
        .addValue("annotationType", r.annotationType()).addValue("kind", r.kind() == null ? null : r.kind().name())
        .addValue("body", r.mechanism()).addValue("documentId", r.documentId()).addValue("symbol", r.symbol())
        .addValue("paragraph", r.paragraph()).addValue("text", r.text()).addValue("originalText", r.originalText())
        .addValue("countries", UhriRecord.delimited(r.countries())).addValue("countryCodes", UhriRecord.delimited(r.countryCodes()))
        .addValue("themes", UhriRecord.delimited(r.themes())).addValue("affectedPersons", UhriRecord.delimited(r.affectedPersons()))
        .addValue("sdgs", UhriRecord.delimited(r.sdgs())).addValue("sdgGoals", UhriRecord.delimited(r.sdgGoals()))
        .addValue("sdgTargets", UhriRecord.delimited(r.sdgTargets())).addValue("regions", UhriRecord.delimited(r.regions()))
        .addValue("publicationDate", r.publicationDate() == null ? null : Date.valueOf(r.publicationDate()))
        .addValue("uprCycle", r.uprCycle()).addValue("uprSessions", UhriRecord.delimited(r.uprSessions()))
        .addValue("uprPosition", r.uprPosition() == null ? null : r.uprPosition().name())
        .addValue("recommendingCountries", UhriRecord.delimited(r.recommendingCountries()))
        .addValue("recommendingRegions", UhriRecord.delimited(r.recommendingRegions())).addValue("contentHash", r.contentHash())
        .addValue("importId", importId).addValue("importIndex", r.index()).addValue("updatedAt", now);
  }
}
