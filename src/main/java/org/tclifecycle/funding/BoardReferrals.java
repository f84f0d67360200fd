package org.tclifecycle.funding;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Referrals to the Board of Trustees: the follow-up timer's date, and what the API and the manager's form
 * show of the Board's advice.
 */
@Service("boardReferrals")
public class BoardReferrals {

  /** The Board's advice as the API shows it. */
  public record Advice(String sessionName, LocalDate plannedOn, LocalDate heldOn, BoardAdvice advice,
      java.math.BigDecimal advisedAmount, String conditions, String minutesReference, String recordedBy) {

    static Advice of(BoardReferral referral) {
      return new Advice(referral.getSessionName(), referral.getPlannedOn(), referral.getHeldOn(), referral.getAdvice(),
          referral.getAdvisedAmount(), referral.getConditions(), referral.getMinutesReference(), referral.getAdviceRecordedBy());
    }
  }

  private final BoardReferralRepository referrals;

  BoardReferrals(BoardReferralRepository referrals) {
    this.referrals = referrals;
  }

  /** When managers are asked to follow up: the day after the planned session, if no advice came by then. */
  public Date followUpAt(Number referralId) {
    LocalDate planned = referrals.findById(referralId.longValue()).orElseThrow().getPlannedOn();
    return Date.from(planned.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  public List<Advice> of(Long projectId) {
    return referrals.findByProjectIdOrderByIdAsc(projectId).stream().map(Advice::of).toList();
  }

  public Optional<Advice> latest(Long projectId) {
    return referrals.findByProjectIdOrderByIdAsc(projectId).stream().reduce((older, newer) -> newer).map(Advice::of);
  }
}
