package org.tclifecycle.recommendation;

/**
 * The human rights mechanism a UHRI record comes from, as UHRI's Body names it once its leading "- " is
 * stripped: "UPR", a treaty body ("CRC", "CESCR", "CEDAW"...) or a special procedure ("SR on the right to food"...).
 */
public final class Mechanisms {

  public static final String UPR = "UPR";

  private Mechanisms() {}

  public static boolean isUpr(String mechanism) {
    return UPR.equalsIgnoreCase(mechanism);
  }

  /** "- CRC" and " - Recommendations" as UHRI writes them, without the list dash: "CRC", "Recommendations". */
  static String clean(String value) {
    if (value == null) {
      return null;
    }
    String clean = value.strip();
    if (!clean.isEmpty() && "-–•".indexOf(clean.charAt(0)) >= 0) {
      clean = clean.substring(1).strip();
    }
    return clean.isEmpty() ? null : clean;
  }
}
