package org.tclifecycle.recommendation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.audit.AuditLog;
import org.tclifecycle.i18n.Messages;
import org.tclifecycle.input.FirstProblems;

/**
 * Imports a UHRI bulk export into the recommendation registry: read record by record, written in batches, in one
 * transaction. A record that cannot be used is skipped and listed in the import's report ({@link ImportMode#LENIENT},
 * the default), or refuses the whole file ({@link ImportMode#STRICT}); a file that is not a UHRI export at all (not
 * an array, cut off, no record with a UHRI field) imports nothing in either mode. Importing the same export again
 * changes nothing (upsert by AnnotationId).
 */
@Service
public class UhriImport {

  private static final Logger LOG = LoggerFactory.getLogger(UhriImport.class);

  static final int BATCH = 500;
  /** A refusal lists at most this many problems (it says how many there were). */
  static final int MAX_LISTED = 1000;

  /** What an import did; country names without an ISO code and records without a country are counted, not refused. */
  public record Summary(long importId, String fileName, UhriFormat format, ImportMode mode, int records, int created,
      int updated, int unchanged, int skipped, int problems, int withoutCountry, Map<String, Integer> unmappedCountries,
      String report) {}

  /** The file was refused; nothing of it was written. */
  public static class Refused extends RuntimeException {
    private final transient List<ImportError> errors;
    private final int records;

    Refused(int records, int problems, List<ImportError> errors) {
      super(describe(Locale.ENGLISH, records, problems, errors.size()));
      this.errors = FirstProblems.of(errors, problems);
      this.records = records;
    }

    public List<ImportError> errors() { return errors; }
    public int records() { return records; }

    /** What was refused, in the language. */
    public String detail(Locale language) {
      return describe(language, records, FirstProblems.total(errors), errors.size());
    }

    private static String describe(Locale language, int records, int problems, int listed) {
      int shown = Math.min(listed, FirstProblems.LIMIT);
      // numbers as digits, as the report's indexes are
      return problems > shown
          ? Messages.text(language, "uhri.refused.detailFirstListed", String.valueOf(problems), String.valueOf(records), String.valueOf(shown))
          : Messages.text(language, "uhri.refused.detail", String.valueOf(problems), String.valueOf(records));
    }
  }

  /** Another import is writing the registry at this instant: the caller tries again once it has finished. */
  public static class Busy extends RuntimeException {
    Busy() {
      super(Messages.text(Locale.ENGLISH, "uhri.busy.detail"));
    }
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
    return run(in, format, ImportMode.LENIENT, fileName, user);
  }

  @Transactional
  public Summary run(InputStream in, UhriFormat format, ImportMode mode, String fileName, String user) {
    long importId = store.startImport(fileName, format, mode, user);
    Problems problems = new Problems(mode, importId);
    RecommendationStore.Counts counts = new RecommendationStore.Counts(0, 0, 0);
    UhriRecordParser.Tally tally;
    int records = 0;
    long start = System.nanoTime();
    long checkingMillis;
    try (UhriReader reader = format.open(in); CheckedBatches batches = new CheckedBatches(reader, parser, BATCH)) {
      try {
        for (CheckedBatches.Batch batch = batches.next(); batch != null; batch = batches.next()) {
          records += batch.read();
          problems.pending.addAll(batch.problems());
          counts = counts.plus(store.write(importId, batch.records(), problems.pending));
          problems.flush();
        }
      } catch (UhriReader.MalformedExport e) {
        throw new Refused(e.index, 1, List.of(e.error));
      }
      tally = batches.tally();
      checkingMillis = batches.checkingMillis();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LOG.info("UHRI import {}: {} records in {} ms (reading and checking them, beside the writing: {} ms)", importId, records,
        (System.nanoTime() - start) / 1_000_000, checkingMillis);
    if (records == 0) {
      throw new Refused(0, 1, List.of(ImportError.of(0, null, "file", "uhri.problem.noRecord")));
    }
    if (tally.withUhriFields == 0) {
      throw new Refused(records, 1, List.of(ImportError.of(0, null, "file", "uhri.problem.notUhri",
          String.join(", ", new java.util.TreeSet<>(UhriFields.ALL)))));
    }
    if (mode == ImportMode.STRICT && problems.count > 0) {
      throw new Refused(records, problems.count, problems.listed);
    }
    int skipped = records - counts.created() - counts.updated() - counts.unchanged();
    String unmappedText = tally.unmappedCountries.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
        .collect(Collectors.joining("; "));
    store.finishImport(importId, records, counts, skipped, problems.count, tally.withoutCountry, abbreviate(unmappedText));
    audit.record(user, "RECOMMENDATIONS_IMPORTED", "uhri-import-" + importId, fileName + ", " + records + " records: " + counts.created()
        + " new, " + counts.updated() + " changed, " + counts.unchanged() + " unchanged, " + skipped + " skipped");
    return new Summary(importId, fileName, format, mode, records, counts.created(), counts.updated(), counts.unchanged(), skipped,
        problems.count, tally.withoutCountry, tally.unmappedCountries, RecommendationController.IMPORTS + "/" + importId + "/problems.csv");
  }

  /**
   * The problems found so far: in lenient mode written to the import's report after each batch (at most
   * {@link RecommendationStore#MAX_STORED_PROBLEMS}), in strict mode the first {@link #MAX_LISTED} kept for the refusal.
   */
  private final class Problems {
    final List<ImportError> pending = new ArrayList<>();
    final List<ImportError> listed = new ArrayList<>();
    final ImportMode mode;
    final long importId;
    int count;

    Problems(ImportMode mode, long importId) {
      this.mode = mode;
      this.importId = importId;
    }

    void flush() {
      count += pending.size();
      if (mode == ImportMode.STRICT) {
        pending.stream().limit(Math.max(0, MAX_LISTED - listed.size())).forEach(listed::add);
      } else {
        store.writeProblems(importId, pending, count - pending.size());
      }
      pending.clear();
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
  }
}
