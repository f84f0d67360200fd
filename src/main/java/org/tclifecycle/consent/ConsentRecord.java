package org.tclifecycle.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.tclifecycle.project.ProjectRecord;

@Entity
@Table(name = "consent_record")
public class ConsentRecord extends ProjectRecord {

  public enum Channel { PAPER, MESSAGE }

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsentDecision decision;

  @Column(nullable = false)
  private String signatory;

  @Column(name = "decided_on", nullable = false)
  private LocalDate decidedOn;

  @Column(nullable = false)
  private String reference;

  private String scope;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;

  protected ConsentRecord() {}

  ConsentRecord(Long projectId, ConsentCommand command, Channel channel, String recordedBy) {
    super(projectId, recordedBy);
    this.decision = command.consentDecision();
    this.signatory = command.consentSignatory();
    this.decidedOn = command.consentDate();
    this.reference = command.consentReference();
    this.scope = command.consentScope();
    this.validUntil = command.consentValidUntil();
    this.channel = channel;
  }

  public ConsentDecision getDecision() { return decision; }
  public String getSignatory() { return signatory; }
  public LocalDate getDecidedOn() { return decidedOn; }
  public String getReference() { return reference; }
  public String getScope() { return scope; }
  public LocalDate getValidUntil() { return validUntil; }
  public Channel getChannel() { return channel; }
}
