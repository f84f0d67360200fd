package org.tclifecycle.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Board of Trustees' advice on Decide funding reads in the manager's language; English stays as it was. */
class FundingSummaryLanguagesTest {

  static BoardReferral advised() {
    BoardReferral referral = new BoardReferral(7L, "Board session 42", LocalDate.of(2026, 11, 2), "secretary1");
    referral.advised(LocalDate.of(2026, 11, 5), BoardAdvice.APPROVE_LOWER_AMOUNT, new BigDecimal("150000.50"),
        "Report every quarter", "BoT/42/3", "secretary1");
    return referral;
  }

  @Test
  void theBoardsAdviceInEnglishAndInFrench() {
    assertThat(FundingSummary.boardAdvice(advised(), Locale.ENGLISH)).isEqualTo(
        "**Board of Trustees: approve a lower amount, 150,000.50** (Board session 42, held on 2026-11-05; minutes BoT/42/3)."
            + " Conditions: Report every quarter Deciding against the Board's advice is an override: say why in the justification.\n\n");
    assertThat(FundingSummary.boardAdvice(advised(), Locale.FRENCH))
        .matches("(?s)\\*\\*Conseil d’administration : approuver un montant inférieur, 150[\\u00A0\\u202F ]000,50\\*\\* "
            + "\\(Board session 42, tenue le 2026-11-05 ; procès-verbal BoT/42/3\\)\\. Conditions : Report every quarter "
            + "Décider contrairement à l’avis du Conseil est une dérogation : justifiez-la\\.\n\n");
  }

  @Test
  void conditionsAndSharesAndAmountsAsTheLanguageWritesThem() {
    assertThat(FundingSummary.display("NHRI gave input", true, Locale.FRENCH)).isEqualTo("oui");
    assertThat(FundingSummary.display("NHRI gave input", false, Locale.ENGLISH)).isEqualTo("no");
    assertThat(FundingSummary.display("Share of the budget co-funded", 0.2727, Locale.FRENCH)).isEqualTo("27,3 %");
    assertThat(FundingSummary.display("Share of the budget co-funded", 0.5, Locale.ENGLISH)).isEqualTo("50.0 %");
    assertThat(FundingSummary.display("Amount asked of the fund", 80000.5, Locale.ENGLISH)).isEqualTo("80,000.50");
    assertThat(FundingSummary.display("Amount asked of the fund", 80000.5, Locale.FRENCH)).matches("80[\\u00A0\\u202F ]000,50");
    assertThat(FundingSummary.label("REFER_TO_BOARD", Locale.FRENCH)).isEqualTo("renvoi au Conseil d’administration");
    assertThat(FundingSummary.label(null, Locale.ENGLISH)).isEqualTo("none");
  }
}
