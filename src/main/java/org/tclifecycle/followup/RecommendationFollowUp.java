package org.tclifecycle.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.tclifecycle.project.ProjectRecord;

/** One status report on a UPR recommendation a project addresses; every report is kept. */
@Entity
@Table(name = "recommendation_follow_up")
public class RecommendationFollowUp extends ProjectRecord {

  @Column(name = "recommendation_id", nullable = false)
  private String recommendationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ImplementationStatus status;

  @Column(nullable = false)
  private String evidence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FollowUpSource source;

  protected RecommendationFollowUp() {}

  RecommendationFollowUp(Long projectId, String recommendationId, ImplementationStatus status, String evidence, FollowUpSource source,
      String recordedBy) {
    super(projectId, recordedBy);
    this.source = source;
    this.recommendationId = recommendationId;
    this.status = status;
    this.evidence = evidence;
  }

  public String getRecommendationId() { return recommendationId; }
  public ImplementationStatus getStatus() { return status; }
  public String getEvidence() { return evidence; }
  public FollowUpSource getSource() { return source; }
}
