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

    MalformedExport(int index, String reason) {
      super(reason);
      this.index = index;
    }
  }
}
