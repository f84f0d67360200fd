package org.tclifecycle.recommendation;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.tclifecycle.recommendation.RecommendationColumns.Row;

/** How an import's batch reaches table recommendation: JDBC batches on any database, arrays on PostgreSQL. */
interface RecommendationRows {

  /** What the registry holds for an import's records, by AnnotationId. */
  record Stored(String contentHash, long importId, int importIndex) {}

  Map<String, Stored> stored(List<String> annotationIds);

  void insert(long importId, List<Row> rows, Timestamp now);

  void update(long importId, List<Row> rows, Timestamp now);

  /** Unchanged records: only remember which import and position saw them last. */
  void touch(long importId, List<UhriRecord> records);

  /** The country index of these records, written again ({@code replaced}: records whose old entries go first). */
  void writeCountries(List<UhriRecord> replaced, List<UhriRecord> records);
}
