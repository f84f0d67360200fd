package org.tclifecycle.recommendation;

import java.io.Closeable;
import java.io.IOException;

/** Reads an export one record at a time, so memory stays bounded whatever the file's size. */
interface UhriReader extends Closeable {

  /** The next record, or null at the end of the file. */
  RawRecord next() throws IOException, MalformedExport;

  /** The file itself cannot be read as the format it claims (not a JSON array, broken CSV row...). */
  class MalformedExport extends Exception {
    final int index;
    final transient ImportError error;

    /** The reason as a message code ({@code uhri.problem.*}) and its arguments, worded for whoever reads the refusal. */
    MalformedExport(int index, String code, Object... args) {
      this(ImportError.of(index, null, "file", code, args));
    }

    private MalformedExport(ImportError error) {
      super(error.message(java.util.Locale.ENGLISH));
      this.index = error.index();
      this.error = error;
    }
  }
}
