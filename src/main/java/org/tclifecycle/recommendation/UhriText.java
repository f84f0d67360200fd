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

  private static final Pattern BREAK = Pattern.compile("(?i)<\\s*(br|/p|/li|/div|/h\\d|/tr)\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("(?s)<[!/?]?[a-zA-Z][^>]*>|<!--.*?-->");
  private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'",
      "nbsp", " ", "ndash", "–", "mdash", "—", "rsquo", "’", "lsquo", "‘");
  /** "140.1 ", "140.1. ", "12. " (a treaty body's paragraph); not "2030 Agenda" nor "3 million". */
  private static final Pattern PARAGRAPH = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){1,2}|\\d{1,3}(?=\\.\\s))\\.?\\s+(?=\\S)");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern TRAILING_STATES = Pattern.compile("\\s*\\(([^()]{2,})\\)\\s*[;.,]?\\s*$");

  private UhriText() {}

  static String plain(String html) {
    if (html == null) {
      return null;
    }
    // most texts carry no markup or entity: the patterns run only where they can change something
    String text = html;
    if (text.indexOf('<') >= 0) {
      text = TAG.matcher(BREAK.matcher(text).replaceAll(" ")).replaceAll("");
    }
    if (text.indexOf('&') >= 0) {
      text = decode(text);
      if (text.indexOf('<') >= 0) {
        text = TAG.matcher(text).replaceAll("");
      }
    }
    return WHITESPACE.matcher(text.replace('<', '‹').replace('>', '›').replace('\u00a0', ' ')).replaceAll(" ").strip();
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

  private static String decode(String text) {
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
