package org.tclifecycle.recommendation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.audit.AuditLog;
import org.tclifecycle.input.FirstProblems;

/**
 * Imports a UHRI bulk export into the recommendation registry: read record by record, written in
 * batches, all in one transaction, so a file with any bad record imports nothing (the refusal lists
 * every bad record). Importing the same export again changes nothing (upsert by AnnotationId).
 */
@Service
public class UhriImport {

  static final int BATCH = 500;

  /** What an import did; country names without an ISO code are counted, not refused. */
  public record Summary(long importId, String fileName, UhriFormat format, int records, int created, int updated,
      int unchanged, Map<String, Integer> unmappedCountries) {}

  /** The file was refused; nothing of it was written. */
  public static class Refused extends RuntimeException {
    private final transient List<ImportError> errors;
    private final int records;

    Refused(int records, List<ImportError> errors) {
      super(FirstProblems.total(errors) + " problem(s) in " + records + " record(s) read; nothing was imported");
      this.errors = errors;
      this.records = records;
    }

    public List<ImportError> errors() { return errors; }
    public int records() { return records; }
  }

  private final RecommendationStore store;
  private final UhriRecordParser parser;
  private final AuditLog audit;

  UhriImport(RecommendationStore store, CountryNames countryNames, AuditLog audit) {
    this.store = store;
    this.parser = new UhriRecordParser(countryNames);
    this.audit = audit;
  }

  @Transactional
  public Summary run(InputStream in, UhriFormat format, String fileName, String user) {
    long importId = store.startImport(fileName, format, user);
    List<ImportError> errors = new FirstProblems<>();
    Map<String, Integer> unmapped = new TreeMap<>();
    List<UhriRecord> batch = new ArrayList<>(BATCH);
    RecommendationStore.Counts counts = new RecommendationStore.Counts(0, 0, 0);
    int records = 0;
    try (UhriReader reader = format.open(in)) {
      for (RawRecord raw = reader.next(); raw != null; raw = reader.next()) {
        records++;
        UhriRecord record = parser.parse(raw, errors, name -> unmapped.merge(name, 1, Integer::sum));
        if (record != null) {
          batch.add(record);
        }
        if (batch.size() == BATCH) {
          counts = counts.plus(store.write(importId, batch, errors));
          batch.clear();
        }
      }
      counts = counts.plus(store.write(importId, batch, errors));
    } catch (UhriReader.MalformedExport e) {
      errors.add(new ImportError(e.index, null, "file", e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (records == 0 && errors.isEmpty()) {
      errors.add(new ImportError(0, null, "file", "holds no record"));
    }
    if (!errors.isEmpty()) {
      throw new Refused(records, errors);
    }
    String unmappedText = unmapped.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining("; "));
    store.finishImport(importId, records, counts, abbreviate(unmappedText));
    audit.record(user, "RECOMMENDATIONS_IMPORTED", "uhri-import-" + importId, fileName + ", " + records + " records: " + counts.created() + " new, "
        + counts.updated() + " changed, " + counts.unchanged() + " unchanged");
    return new Summary(importId, fileName, format, records, counts.created(), counts.updated(), counts.unchanged(), unmapped);
  }

  private static String abbreviate(String text) {
    return text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
  }
}
