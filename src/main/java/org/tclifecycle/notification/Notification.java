package org.tclifecycle.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message to a requesting State or partner, written in the same transaction as the process step that
 * decides to send it (transactional outbox): a retried step never sends twice, a rolled-back one never sends.
 */
@Entity
@Table(name = "notification")
public class Notification {

  public enum Kind { MISSING_INFORMATION, CONSENT_REQUEST, CONSENT_REMINDER, CONSULTATION_REMINDER }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(nullable = false)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Kind kind;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  protected Notification() {}

  Notification(Long projectId, Kind kind, String recipient, String body) {
    this.projectId = projectId;
    this.kind = kind;
    this.recipient = recipient;
    this.body = body;
    this.createdAt = Instant.now();
  }

  public Long getId() { return id; }
  public Long getProjectId() { return projectId; }
  public Kind getKind() { return kind; }
  public String getRecipient() { return recipient; }
  public String getBody() { return body; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getDeliveredAt() { return deliveredAt; }
}
