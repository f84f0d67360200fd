package org.tclifecycle.recommendation;

import java.io.IOException;
import java.io.InputStream;

/** The two shapes of a UHRI bulk export we read, each one record at a time. */
public enum UhriFormat {
  JSON, CSV;

  UhriReader open(InputStream in) throws IOException {
    return this == JSON ? new JsonUhriReader(in) : new CsvUhriReader(in);
  }

  /** From a file name or a media type; null when neither says. */
  public static UhriFormat of(String nameOrMediaType) {
    if (nameOrMediaType == null) {
      return null;
    }
    String lower = nameOrMediaType.toLowerCase();
    if (lower.endsWith(".json") || lower.contains("json")) {
      return JSON;
    }
    if (lower.endsWith(".csv") || lower.contains("csv")) {
      return CSV;
    }
    return null;
  }
}
