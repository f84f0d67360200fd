package org.tclifecycle.execution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.tclifecycle.project.ProjectRecord;

/** A requested change to a running project and the manager's decision on it. */
@Entity
@Table(name = "amendment")
public class Amendment extends ProjectRecord {

  public enum Decision { APPROVE, REFUSE }

  @Column(nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Decision decision;

  @Column(nullable = false)
  private String justification;

  protected Amendment() {}

  Amendment(Long projectId, String description, Decision decision, String justification, String recordedBy) {
    super(projectId, recordedBy);
    this.description = description;
    this.decision = decision;
    this.justification = justification;
  }

  public String getDescription() { return description; }
  public Decision getDecision() { return decision; }
  public String getJustification() { return justification; }
}
