package org.tclifecycle.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.tclifecycle.project.ProjectRecord;

@Entity
@Table(name = "funding_decision")
public class FundingDecision extends ProjectRecord {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FundingOutcome decision;

  @Column(nullable = false)
  private String justification;

  protected FundingDecision() {}

  FundingDecision(Long projectId, FundingOutcome decision, String justification, String recordedBy) {
    super(projectId, recordedBy);
    this.decision = decision;
    this.justification = justification;
  }

  public FundingOutcome getDecision() { return decision; }
  public String getJustification() { return justification; }
}
