package org.tclifecycle.recommendation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tclifecycle.i18n.Languages;
import org.tclifecycle.i18n.Messages;

/**
 * Why one record of an export was refused: its position in the file (from 0), its id when it had one, the field,
 * and the reason as a message code ({@code uhri.problem.*}) with its arguments, worded in the reader's language
 * when it is read (a refusal, the import's report). A reason stored before reasons had codes has none: its
 * English text is its only argument.
 */
@JsonPropertyOrder({"index", "annotationId", "field", "message"})
public record ImportError(int index, String annotationId, String field, @JsonIgnore String code, @JsonIgnore List<String> args) {

  public ImportError {
    args = List.copyOf(args);
  }

  /** A problem worded by the code, each argument as text (numbers written as the file has them, not grouped). */
  static ImportError of(int index, String annotationId, String field, String code, Object... args) {
    return new ImportError(index, annotationId, field, code, Arrays.stream(args).map(String::valueOf).toList());
  }

  /** A reason stored as text only, before reasons had codes. */
  static ImportError recorded(int index, String annotationId, String field, String text) {
    return new ImportError(index, annotationId, field, null, List.of(text));
  }

  /** The reason in the language of the caller reading it. */
  @JsonProperty("message")
  public String message() {
    return message(Languages.current());
  }

  public String message(Locale language) {
    return code == null ? args.get(0) : Messages.text(language, code, args.toArray());
  }
}
