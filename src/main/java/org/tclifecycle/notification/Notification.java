package org.tclifecycle.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message to a requesting State, a partner, a panel contributor or a user, written in the same transaction as
 * the step that decides to send it (transactional outbox): a retried step never sends twice, a rolled-back one
 * never sends. It leaves through one channel: the webhook (systems), e-mail, or a user's daily digest.
 */
@Entity
@Table(name = "notification")
public class Notification {

  public enum Kind {
    MISSING_INFORMATION, CONSENT_REQUEST, CONSENT_REMINDER, CONSULTATION_REMINDER,
    CONTRIBUTION_REQUEST, CONTRIBUTION_REMINDER, CONTRIBUTION_RECEIPT,
    TASK_ARRIVED, TASK_ASSIGNED, TASK_DUE_TOMORROW, TASK_OVERDUE, DAILY_DIGEST, OVERDUE_DIGEST
  }

  /** How it leaves: the webhook, one e-mail, or as an item of the recipient user's next daily digest. */
  public enum Channel { WEBHOOK, MAIL, DIGEST_ITEM }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id")
  private Long projectId;

  @Column(nullable = false)
  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Column(nullable = false)
  @Enumerated(EnumType.STRING)
  private Channel channel = Channel.WEBHOOK;

  @Column(nullable = false)
  private String recipient;

  @Column(name = "recipient_user")
  private String recipientUser;

  private String subject;

  @Column(nullable = false)
  private String body;

  @Column(name = "html_body")
  private String htmlBody;

  /** Sent by a job of its own rather than by a send task of the project's process. */
  @Column(name = "own_job", nullable = false)
  private boolean ownJob;

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

  static Notification mail(Long projectId, Kind kind, String address, MailMessage message, boolean ownJob) {
    Notification mail = new Notification(projectId, kind, address, message.text());
    mail.channel = Channel.MAIL;
    mail.subject = message.subject();
    mail.htmlBody = message.html();
    mail.ownJob = ownJob;
    return mail;
  }

  static Notification digestItem(String userId, Kind kind, String line, Long projectId) {
    Notification item = new Notification(projectId, kind, userId, line);
    item.channel = Channel.DIGEST_ITEM;
    item.recipientUser = userId;
    item.ownJob = true;
    return item;
  }

  Notification forUser(String userId) {
    this.recipientUser = userId;
    return this;
  }

  public Long getId() { return id; }
  public Long getProjectId() { return projectId; }
  public Kind getKind() { return kind; }
  public Channel getChannel() { return channel; }
  public String getRecipient() { return recipient; }
  public String getRecipientUser() { return recipientUser; }
  public String getSubject() { return subject; }
  public String getBody() { return body; }
  public String getHtmlBody() { return htmlBody; }
  public boolean isOwnJob() { return ownJob; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getDeliveredAt() { return deliveredAt; }
}
