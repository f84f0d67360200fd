package org.tclifecycle.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A caller's Idempotency-Key, the hash of the body it came with, and the project it created. */
@Entity
@Table(name = "idempotency_record")
class IdempotencyRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String caller;

  @Column(name = "idempotency_key", nullable = false)
  private String idempotencyKey;

  @Column(name = "request_hash", nullable = false)
  private String requestHash;

  @Column(name = "business_key")
  private String businessKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdempotencyRecord() {}

  IdempotencyRecord(String caller, String idempotencyKey, String requestHash) {
    this.caller = caller;
    this.idempotencyKey = idempotencyKey;
    this.requestHash = requestHash;
    this.createdAt = Instant.now();
  }

  String requestHash() { return requestHash; }
  String businessKey() { return businessKey; }
  void created(String key) { businessKey = key; }
}
