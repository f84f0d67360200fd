package org.tclifecycle.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who changed what through the API, and when; Camunda's user operation log keeps the engine side. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String action;

  @Column(nullable = false)
  private String target;

  private String details;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected AuditEntry() {}

  AuditEntry(String actor, String action, String target, String details) {
    this.actor = actor;
    this.action = action;
    this.target = target;
    this.details = details;
    this.recordedAt = Instant.now();
  }

  public Long getId() { return id; }
  public String getActor() { return actor; }
  public String getAction() { return action; }
  public String getTarget() { return target; }
  public String getDetails() { return details; }
  public Instant getRecordedAt() { return recordedAt; }
}
