package org.tclifecycle.project;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** A record one stage keeps about a project: which project, who recorded it and when. */
@MappedSuperclass
public abstract class ProjectRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ProjectRecord() {}

  protected ProjectRecord(Long projectId, String recordedBy) {
    this.projectId = projectId;
    this.recordedBy = recordedBy;
    this.recordedAt = Instant.now();
  }

  public Long getId() { return id; }
  public Long getProjectId() { return projectId; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getRecordedAt() { return recordedAt; }
}
