package org.tclifecycle.recommendation;

import java.sql.Date;
import java.sql.Types;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of table recommendation that an import writes from a record, in one place for every way of writing
 * them; {@code import_id} and {@code updated_at} are the same for a whole batch and come apart.
 */
final class RecommendationColumns {

  /** A record about to be written, with its content hash computed once. */
  record Row(UhriRecord record, String contentHash) {}

  /** One column: its name, its JDBC type, its PostgreSQL array element type, and its value for a row. */
  record Column(String name, int sqlType, String arrayType, Function<Row, Object> value) {}

  static final String ANNOTATION_ID = "annotation_id";

  static final List<Column> ALL = List.of(
      text(ANNOTATION_ID, r -> r.record().annotationId()),
      text("annotation_type", r -> r.record().annotationType()),
      text("kind", r -> r.record().kind() == null ? null : r.record().kind().name()),
      text("body", r -> r.record().mechanism()),
      text("document_id", r -> r.record().documentId()),
      text("symbol", r -> r.record().symbol()),
      text("paragraph", r -> r.record().paragraph()),
      text("text", r -> r.record().text()),
      text("original_text", r -> r.record().originalText()),
      text("countries", r -> UhriRecord.delimited(r.record().countries())),
      text("country_codes", r -> UhriRecord.delimited(r.record().countryCodes())),
      text("themes", r -> UhriRecord.delimited(r.record().themes())),
      text("affected_persons", r -> UhriRecord.delimited(r.record().affectedPersons())),
      text("sdgs", r -> UhriRecord.delimited(r.record().sdgs())),
      text("sdg_goals", r -> UhriRecord.delimited(r.record().sdgGoals())),
      text("sdg_targets", r -> UhriRecord.delimited(r.record().sdgTargets())),
      text("regions", r -> UhriRecord.delimited(r.record().regions())),
      new Column("publication_date", Types.DATE, "date",
          r -> r.record().publicationDate() == null ? null : Date.valueOf(r.record().publicationDate())),
      text("upr_cycle", r -> r.record().uprCycle()),
      text("upr_sessions", r -> UhriRecord.delimited(r.record().uprSessions())),
      text("upr_position", r -> r.record().uprPosition() == null ? null : r.record().uprPosition().name()),
      text("recommending_countries", r -> UhriRecord.delimited(r.record().recommendingCountries())),
      text("recommending_regions", r -> UhriRecord.delimited(r.record().recommendingRegions())),
      text("content_hash", Row::contentHash),
      new Column("import_index", Types.INTEGER, "int4", r -> r.record().index()));

  /** Every column but the key, which an update finds rows by. */
  static final List<Column> UPDATED = ALL.stream().filter(c -> !c.name().equals(ANNOTATION_ID)).toList();

  static String names(List<Column> columns) {
    return String.join(", ", columns.stream().map(Column::name).toList());
  }

  private static Column text(String name, Function<Row, Object> value) {
    return new Column(name, Types.VARCHAR, "varchar", value);
  }

  private RecommendationColumns() {}
}
