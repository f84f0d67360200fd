package org.tclifecycle.recommendation;

import java.util.Locale;
import java.util.Set;

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
      "set", "sign", "withdraw");
  private static final Set<String> GENERAL = Set.of("address", "combat", "eliminate", "end", "ensure", "guarantee", "improve",
      "increase", "investigate", "prevent", "promote", "protect", "provide", "reduce", "reinforce", "respect", "step", "strengthen",
      "take", "eradicate", "fight", "implement", "intensify", "raise", "support", "tackle", "undertake", "uphold");
  private static final Set<String> CONTINUING = Set.of("continue", "maintain", "persevere", "pursue", "keep", "further");
  private static final Set<String> CONSIDERING = Set.of("consider", "explore", "envisage", "reflect", "study", "examine");

  /** Skips a bracketed note before the text ("[Made-up sample] Adopt..."). */
  public static ActionCategory of(String text) {
    String plain = text == null ? "" : text.replaceFirst("^\\s*\\[[^]]*]\\s*", "").trim();
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
