package org.tclifecycle.recommendation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How much a UPR recommendation asks of the State, read from its first verb as UPR Info's action
 * categories do: a specific action (adopt, ratify, repeal...) is the most demanding and the easiest to
 * verify; then general action (ensure, strengthen...), continuing action (continue, pursue...),
 * considering (consider...) and the rest.
 */
public enum ActionCategory {
  SPECIFIC_ACTION, GENERAL_ACTION, CONTINUING_ACTION, CONSIDERING_ACTION, OTHER;

  private static final Set<String> SPECIFIC = Set.of("abolish", "accede", "adopt", "allocate", "amend", "approve", "bring",
      "create", "criminalise", "criminalize", "decriminalise", "decriminalize", "declare", "enact", "establish", "extend", "harmonise",
      "harmonize", "incorporate", "introduce", "issue", "pass", "prohibit", "ratify", "release", "remove", "repeal", "revise",
      "set", "sign", "withdraw", "accept", "align", "finalise", "finalize", "lift", "submit", "reform");
  private static final Set<String> GENERAL = Set.of("address", "combat", "eliminate", "end", "ensure", "guarantee", "improve",
      "increase", "investigate", "prevent", "promote", "protect", "provide", "reduce", "reinforce", "respect", "step", "strengthen",
      "take", "eradicate", "fight", "implement", "intensify", "raise", "support", "tackle", "undertake", "uphold", "accelerate",
      "redouble", "enhance", "develop", "strive", "expand", "facilitate");
  private static final Set<String> CONTINUING = Set.of("continue", "maintain", "persevere", "pursue", "keep", "further");
  private static final Set<String> CONSIDERING = Set.of("consider", "explore", "envisage", "reflect", "study", "examine");

  /**
   * What comes before the verb in real texts: a bracketed note ("[Made-up sample] "), a sub-paragraph letter
   * ("(a) "), a mechanism's lead-in ("The Committee recommends that the State party: ", "urges the State party to ").
   */
  private static final Pattern LEAD_IN = Pattern.compile("(?i)^(?:\\[[^]]*]\\s*|\\(?[a-z]{1,4}\\)\\s+|[-–•*]\\s*"
      + "|(?:the\\s+)?(?:committee|special\\s+rapporteur|working\\s+group|independent\\s+expert|expert\\s+mechanism|subcommittee)"
      + "[^.:;]{0,80}?\\b(?:recommends?|urges?|calls?\\s+(?:up)?on|encourages?|requests?|invites?)\\s+(?:that\\s+)?(?:the\\s+)?"
      + "(?:state\\s+party|government|state|authorities)?(?:\\s+(?:to|should))?\\s*[:,]?\\s*"
      + "|(?:that\\s+)?(?:the\\s+)?(?:state\\s+party|government)\\s+(?:should|must|to)\\s+)");

  /** Reads the first verb of the text as people read it: markup and the paragraph number are skipped, then any lead-in. */
  public static ActionCategory of(String text) {
    String plain = text == null ? "" : UhriText.split(UhriText.plain(text), false).text();
    for (int i = 0; i < 4; i++) {
      String shorter = LEAD_IN.matcher(plain).replaceFirst("");
      if (shorter.equals(plain)) {
        break;
      }
      plain = shorter;
    }
    String verb = plain.split("[\\s,;.:]+", 2)[0].toLowerCase(Locale.ROOT);
    if (SPECIFIC.contains(verb)) {
      return SPECIFIC_ACTION;
    }
    if (GENERAL.contains(verb)) {
      return GENERAL_ACTION;
    }
    if (CONTINUING.contains(verb)) {
      return CONTINUING_ACTION;
    }
    return CONSIDERING.contains(verb) ? CONSIDERING_ACTION : OTHER;
  }
}
