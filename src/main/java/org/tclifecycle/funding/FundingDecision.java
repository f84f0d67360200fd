package org.tclifecycle.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.tclifecycle.project.Fund;
import org.tclifecycle.project.ProjectRecord;

@Entity
@Table(name = "funding_decision")
public class FundingDecision extends ProjectRecord {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FundingOutcome decision;

  @Column(nullable = false)
  private String justification;

  @Enumerated(EnumType.STRING)
  private Fund fund;

  private BigDecimal amount;

  @Column(name = "recommended_allocation")
  private String recommendedAllocation;

  @Column(name = "recommended_amount")
  private BigDecimal recommendedAmount;

  @Column(nullable = false)
  private boolean overridden;

  @Column(name = "envelope_id")
  private Long envelopeId;

  @Column(name = "board_referral_id")
  private Long boardReferralId;

  @Column(name = "against_board_advice", nullable = false)
  private boolean againstBoardAdvice;

  protected FundingDecision() {}

  FundingDecision(Long projectId, FundingOutcome decision, String justification, String recordedBy) {
    super(projectId, recordedBy);
    this.decision = decision;
    this.justification = justification;
  }

  /** What the criteria recommended; deciding otherwise is an override. */
  FundingDecision against(String allocation, BigDecimal recommended) {
    this.recommendedAllocation = allocation;
    this.recommendedAmount = recommended;
    boolean recommendsMoney = "FULL".equals(allocation) || "PARTIAL".equals(allocation);
    this.overridden = decision == FundingOutcome.REJECT && recommendsMoney
        || decision == FundingOutcome.APPROVE && !recommendsMoney;
    return this;
  }

  /** The amount approved and committed; more than recommended is an override. */
  void committed(Fund fund, BigDecimal amount, long envelopeId) {
    this.fund = fund;
    this.amount = amount;
    this.envelopeId = envelopeId;
    if (recommendedAmount != null && amount.compareTo(recommendedAmount) > 0) {
      this.overridden = true;
    }
  }

  /**
   * The criteria referred the project to the Board of Trustees, whose advice takes the place of their
   * recommendation: deciding against the advice (and only that) is the override.
   */
  void advisedBy(long boardReferralId, boolean against) {
    this.boardReferralId = boardReferralId;
    this.againstBoardAdvice = against;
    this.overridden = against;
  }

  public Long getBoardReferralId() { return boardReferralId; }
  public boolean isAgainstBoardAdvice() { return againstBoardAdvice; }
  public FundingOutcome getDecision() { return decision; }
  public Fund getFund() { return fund; }
  public BigDecimal getAmount() { return amount; }
  public String getRecommendedAllocation() { return recommendedAllocation; }
  public BigDecimal getRecommendedAmount() { return recommendedAmount; }
  public boolean isOverridden() { return overridden; }
  public String getJustification() { return justification; }
}
