package org.tclifecycle.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.tclifecycle.project.ProjectRecord;

/** A project referred to the Board of Trustees: the session planned for it, then the Board's advice and its minutes. */
@Entity
@Table(name = "board_referral")
public class BoardReferral extends ProjectRecord {

  @Column(name = "session_name", nullable = false)
  private String sessionName;

  @Column(name = "planned_on", nullable = false)
  private LocalDate plannedOn;

  @Column(name = "held_on")
  private LocalDate heldOn;

  @Enumerated(EnumType.STRING)
  private BoardAdvice advice;

  @Column(name = "advised_amount")
  private BigDecimal advisedAmount;

  private String conditions;

  @Column(name = "minutes_reference")
  private String minutesReference;

  @Column(name = "advice_recorded_by")
  private String adviceRecordedBy;

  @Column(name = "advice_recorded_at")
  private Instant adviceRecordedAt;

  protected BoardReferral() {}

  BoardReferral(Long projectId, String sessionName, LocalDate plannedOn, String recordedBy) {
    super(projectId, recordedBy);
    this.sessionName = sessionName;
    this.plannedOn = plannedOn;
  }

  void advised(LocalDate heldOn, BoardAdvice advice, BigDecimal advisedAmount, String conditions, String minutesReference, String userId) {
    this.heldOn = heldOn;
    this.advice = advice;
    this.advisedAmount = advisedAmount;
    this.conditions = conditions;
    this.minutesReference = minutesReference;
    this.adviceRecordedBy = userId;
    this.adviceRecordedAt = Instant.now();
  }

  /** Whether a manager's decision (and amount, when approving) goes against the Board's advice. */
  boolean isContradictedBy(FundingOutcome decision, BigDecimal amount) {
    if (advice == null || decision == FundingOutcome.REVISE) {
      return false;
    }
    if (decision == FundingOutcome.REJECT) {
      return advice.recommendsMoney();
    }
    return advice == BoardAdvice.DECLINE
        || advice == BoardAdvice.APPROVE_LOWER_AMOUNT && amount != null && advisedAmount != null && amount.compareTo(advisedAmount) > 0;
  }

  public String getSessionName() { return sessionName; }
  public LocalDate getPlannedOn() { return plannedOn; }
  public LocalDate getHeldOn() { return heldOn; }
  public BoardAdvice getAdvice() { return advice; }
  public BigDecimal getAdvisedAmount() { return advisedAmount; }
  public String getConditions() { return conditions; }
  public String getMinutesReference() { return minutesReference; }
  public String getAdviceRecordedBy() { return adviceRecordedBy; }
  public Instant getAdviceRecordedAt() { return adviceRecordedAt; }
}
