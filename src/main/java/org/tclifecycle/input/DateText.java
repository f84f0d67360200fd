package org.tclifecycle.input;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.tclifecycle.i18n.Messages;

/**
 * Reads a date a person typed, only in forms no locale reads differently: year-month-day ("2026-11-05", also
 * the start of an ISO date-time) or with the month spelled in English ("5 November 2026", "5 Nov 2026",
 * "November 5, 2026") or French ("5 novembre 2026"). "05/11/2026" is 5 November in Geneva and 11 May in New York, so it is refused.
 */
public final class DateText {

  private static final List<DateTimeFormatter> SPELLED = List.of(
      spelled("d MMMM uuuu", Locale.ENGLISH), spelled("d MMM uuuu", Locale.ENGLISH), spelled("MMMM d, uuuu", Locale.ENGLISH),
      spelled("MMM d, uuuu", Locale.ENGLISH), spelled("d MMMM uuuu", Locale.FRENCH));

  /** Why a date was refused: said in words, with the value as typed. */
  public static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }

  private DateText() {}

  public static LocalDate parse(String typed) throws Unreadable {
    String text = typed.trim().replaceAll("\\s+", " ");
    String isoDate = text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
    try {
      return LocalDate.parse(isoDate);
    } catch (DateTimeParseException notIso) {
      for (DateTimeFormatter format : SPELLED) {
        try {
          return LocalDate.parse(text, format);
        } catch (DateTimeParseException tryNext) {
          // next form
        }
      }
    }
    throw new Unreadable(Messages.text("input.date.unreadable", typed.trim()));
  }

  private static DateTimeFormatter spelled(String pattern, Locale language) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(language)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
