package org.tclifecycle.input;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.tclifecycle.i18n.Messages;

/**
 * Reads an amount a person typed without guessing at their locale. Digits may be grouped by threes with a
 * comma, a space, a narrow space or an apostrophe ("120,000", "120 000", "1'200'000"); a point starts at most
 * two decimals ("120000.50"). Anything that one locale reads differently from another ("120,5", "1.200",
 * "1.200,50") is refused with a message instead of being reinterpreted.
 */
public final class AmountText {

  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([,\\u00A0\\u202F ']\\d{3})+(\\.\\d{1,2})?");
  private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d{1,2})?");

  /** Why an amount was refused: said in words, with the value as typed. */
  public static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }

  private AmountText() {}

  public static BigDecimal parse(String typed) throws Unreadable {
    String text = typed.trim();
    boolean negative = text.startsWith("-");
    String digits = negative ? text.substring(1).trim() : text;
    if (PLAIN.matcher(digits).matches()) {
      return signed(new BigDecimal(digits), negative);
    }
    if (GROUPED.matcher(digits).matches()) {
      return signed(new BigDecimal(digits.replaceAll("[,\\u00A0\\u202F ']", "")), negative);
    }
    throw new Unreadable(Messages.text("input.amount.unreadable", typed.trim()));
  }

  /** An amount as forms show it and {@link #parse} reads it back, whatever the server's locale: 66,000.00. */
  public static String format(double amount) {
    return String.format(java.util.Locale.ENGLISH, "%,.2f", amount);
  }

  private static BigDecimal signed(BigDecimal amount, boolean negative) {
    return negative ? amount.negate() : amount;
  }
}
