package org.tclifecycle.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How an officer or manager wants to hear about tasks, and in which language; without a record: immediately, in English. */
@Entity
@Table(name = "mail_preference")
public class MailPreference {

  /** Immediately (one e-mail per event), once a day in a digest, or not at all. */
  public enum Delivery { IMMEDIATE, DIGEST, NONE }

  @Id
  @Column(name = "user_id")
  private String userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Delivery delivery;

  @Column(nullable = false)
  private String language;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected MailPreference() {}

  MailPreference(String userId, Delivery delivery, String language) {
    this.userId = userId;
    change(delivery, language);
  }

  static MailPreference defaultFor(String userId) {
    return new MailPreference(userId, Delivery.IMMEDIATE, MailTemplates.DEFAULT_LANGUAGE);
  }

  void change(Delivery delivery, String language) {
    this.delivery = delivery;
    this.language = language;
    this.updatedAt = Instant.now();
  }

  public String getUserId() { return userId; }
  public Delivery getDelivery() { return delivery; }
  public String getLanguage() { return language; }
  public Instant getUpdatedAt() { return updatedAt; }
}
