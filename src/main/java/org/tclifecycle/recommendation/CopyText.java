package org.tclifecycle.recommendation;

import java.io.StringReader;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows in PostgreSQL's COPY text format (tab between values, a line per row, {@code \N} for null), sent in one go. */
final class CopyText {

  private final StringBuilder text = new StringBuilder(1 << 16);
  private boolean rowStarted;
  private int rows;

  CopyText value(Object value) {
    separate();
    if (value == null) {
      text.append("\\N");
      return this;
    }
    String string = value.toString();
    for (int i = 0; i < string.length(); i++) {
      char c = string.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(c);
      }
    }
    return this;
  }

  /** Values already in COPY's text format (numbers, a timestamp), tab-separated. */
  CopyText raw(String values) {
    separate();
    text.append(values);
    return this;
  }

  CopyText endRow() {
    text.append('\n');
    rowStarted = false;
    rows++;
    return this;
  }

  /** Copies the rows on the connection of the current transaction. */
  void into(JdbcTemplate jdbc, String copyStatement) {
    if (rows > 0) {
      jdbc.execute((ConnectionCallback<Long>) connection -> {
        try {
          return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copyStatement, new StringReader(text.toString()));
        } catch (java.io.IOException e) {
          throw new java.sql.SQLException("COPY could not be sent", e);
        }
      });
    }
  }

  private void separate() {
    if (rowStarted) {
      text.append('\t');
    }
    rowStarted = true;
  }
}
