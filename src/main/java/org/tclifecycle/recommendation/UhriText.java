package org.tclifecycle.recommendation;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UHRI's Text as people read it. The export's text may carry HTML markup; a UPR text opens with its paragraph
 * number and ends with the recommending States: {@code "<p>140.1 Ratify the Optional Protocol ... (Slovenia, Chile);</p>"}.
 * {@link #plain} reduces markup to safe text (no tag survives, not even one written as entities: a remaining
 * {@code <} or {@code >} becomes ‹ or ›); {@link #split} takes the paragraph number and the trailing States off.
 */
final class UhriText {

  /** The text without its paragraph number and, for the UPR, without the recommending States at its end. */
  record Split(String paragraph, String text) {}

  /** Tags that end a line; "/h" followed by a digit too. */
  private static final String[] BREAK_NAMES = {"br", "/p", "/li", "/div", "/tr"};
  private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'",
      "nbsp", " ", "ndash", "–", "mdash", "—", "rsquo", "’", "lsquo", "‘");
  /** "140.1 ", "140.1. ", "12. " (a treaty body's paragraph); not "2030 Agenda" nor "3 million". */
  private static final Pattern PARAGRAPH = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){1,2}|\\d{1,3}(?=\\.\\s))\\.?\\s+(?=\\S)");
  private static final Pattern TRAILING_STATES = Pattern.compile("\\s*\\(([^()]{2,})\\)\\s*[;.,]?\\s*$");

  private UhriText() {}

  static String plain(String html) {
    if (html == null) {
      return null;
    }
    // most texts carry no markup or entity: markup and entities are read only where they can change something
    String text = html;
    if (text.indexOf('<') >= 0) {
      text = withoutTags(withoutBreaks(text));
    }
    if (text.indexOf('&') >= 0) {
      text = decode(text);
      if (text.indexOf('<') >= 0) {
        text = withoutTags(text);
      }
    }
    return collapsed(text);
  }

  /** Each line-breaking tag ({@code <br>}, {@code </p>}, {@code </li>}, {@code </div>}, {@code </hN>}, {@code </tr>}) becomes a space. */
  private static String withoutBreaks(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int end = text.charAt(i) == '<' ? breakEnd(text, i) : -1;
      if (end < 0) {
        out.append(text.charAt(i++));
      } else {
        out.append(' ');
        i = end;
      }
    }
    return out.toString();
  }

  /** Where the line-breaking tag opening at {@code start} ends (after its {@code >}), or -1. */
  private static int breakEnd(String text, int start) {
    int i = start + 1;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    int nameEnd = -1;
    for (String name : BREAK_NAMES) {
      if (text.regionMatches(true, i, name, 0, name.length())) {
        nameEnd = i + name.length();
        break;
      }
    }
    if (nameEnd < 0 && text.regionMatches(true, i, "/h", 0, 2) && i + 2 < text.length() && isAsciiDigit(text.charAt(i + 2))) {
      nameEnd = i + 3;
    }
    if (nameEnd < 0 || nameEnd < text.length() && isWordChar(text.charAt(nameEnd))) {
      return -1;
    }
    int close = text.indexOf('>', nameEnd);
    return close < 0 ? -1 : close + 1;
  }

  /** Removes every tag ({@code <a ...>}, {@code </b>}, {@code <!doctype>}, {@code <?xml?>}) and comment. */
  private static String withoutTags(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end = c == '<' ? tagEnd(text, i) : -1;
      if (end < 0) {
        out.append(c);
        i++;
      } else {
        i = end;
      }
    }
    return out.toString();
  }

  /** Where the tag or comment opening at {@code start} ends (after its {@code >}), or -1. */
  private static int tagEnd(String text, int start) {
    int i = start + 1;
    if (i < text.length() && "!/?".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    if (i < text.length() && isAsciiLetter(text.charAt(i))) {
      int close = text.indexOf('>', i + 1);
      if (close >= 0) {
        return close + 1;
      }
    }
    if (text.startsWith("<!--", start)) {
      int close = text.indexOf("-->", start + 4);
      if (close >= 0) {
        return close + 3;
      }
    }
    return -1;
  }

  /** Runs of whitespace as one space, no-break spaces as spaces, and any {@code <} or {@code >} left as ‹ and ›. */
  private static String collapsed(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c) || c == '\u00a0') {
        space = true;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c == '<' ? '‹' : c == '>' ? '›' : c);
    }
    if (space) {
      out.append(' ');
    }
    return out.toString().strip();
  }

  /** What a regular expression's {@code \s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWordChar(char c) {
    return isAsciiLetter(c) || isAsciiDigit(c) || c == '_';
  }

  static Split split(String plain, boolean upr) {
    String paragraph = null;
    String text = plain;
    Matcher number = PARAGRAPH.matcher(text);
    if (number.find()) {
      paragraph = number.group(1);
      text = text.substring(number.end());
    }
    if (upr) {
      Matcher states = TRAILING_STATES.matcher(text);
      if (states.find() && states.start() > 0) {
        text = text.substring(0, states.start());
      }
    }
    return new Split(paragraph, text.strip());
  }

  /** The paragraph number as a document cites it: "A/HRC/35/10 ¶140.1 (Slovenia, Chile)". */
  static String citation(String symbol, String paragraph, java.util.List<String> recommendingStates) {
    StringBuilder citation = new StringBuilder(symbol == null ? "" : symbol);
    if (paragraph != null) {
      citation.append(citation.isEmpty() ? "" : " ").append('¶').append(paragraph);
    }
    if (!recommendingStates.isEmpty()) {
      citation.append(citation.isEmpty() ? "" : " ").append('(').append(String.join(", ", recommendingStates)).append(')');
    }
    return citation.toString();
  }

  static String decode(String text) {
    Matcher entity = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (entity.find()) {
      String name = entity.group(1);
      String replacement;
      if (name.startsWith("#x") || name.startsWith("#X")) {
        replacement = codePoint(Integer.parseInt(name.substring(2), 16));
      } else if (name.startsWith("#")) {
        replacement = codePoint(Integer.parseInt(name.substring(1)));
      } else {
        replacement = NAMED.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), entity.group());
      }
      entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    entity.appendTail(out);
    return out.toString();
  }

  private static String codePoint(int code) {
    return Character.isValidCodePoint(code) && code != 0 ? new String(Character.toChars(code)) : " ";
  }
}
