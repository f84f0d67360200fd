package org.tclifecycle.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.tclifecycle.project.ProjectRecord;

@Entity
@Table(name = "needs_assessment")
public class NeedsAssessment extends ProjectRecord {

  @Column(nullable = false)
  private String findings;

  @Column(name = "priority_needs", nullable = false)
  private String priorityNeeds;

  protected NeedsAssessment() {}

  NeedsAssessment(Long projectId, String findings, String priorityNeeds, String recordedBy) {
    super(projectId, recordedBy);
    this.findings = findings;
    this.priorityNeeds = priorityNeeds;
  }

  public String getFindings() { return findings; }
  public String getPriorityNeeds() { return priorityNeeds; }
}
