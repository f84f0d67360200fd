package org.tclifecycle.recommendation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.tclifecycle.i18n.Messages;

/**
 * A skipped record's reason as the import's report stores it: its English text (reason), and its message code
 * and arguments (reason_code, reason_args as a JSON array), from which the report is worded in its reader's
 * language. A reason without a code (stored before changelog 022, or a code this version no longer has) reads as
 * its English text.
 */
final class ImportReasons {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_ARGS_LENGTH = 2000;

  private ImportReasons() {}

  /** The arguments as stored, or null when the reason is kept as text only (no code, or arguments too long to store). */
  static String args(ImportError error) {
    if (error.code() == null) {
      return null;
    }
    try {
      String args = JSON.writeValueAsString(error.args());
      return args.length() > MAX_ARGS_LENGTH ? null : args;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  static ImportError read(int index, String annotationId, String field, String reason, String code, String args) {
    if (code != null && args != null) {
      try {
        ImportError error = new ImportError(index, annotationId, field, code, JSON.readValue(args, new TypeReference<List<String>>() {}));
        error.message(Locale.ENGLISH); // a code this version still words
        return error;
      } catch (JsonProcessingException | IllegalArgumentException unreadable) {
        // read as the English text stored beside it
      }
    }
    return ImportError.recorded(index, annotationId, field, reason);
  }
}
