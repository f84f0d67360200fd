package org.tclifecycle.panel;

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
 * Someone asked to contribute to the panel's report: a State, a UN entity, a regional organisation, a
 * special-procedure mandate holder, an NHRI or a civil-society organisation. An account, when set, is
 * the Camunda user that submits contributions over the API.
 */
@Entity
@Table(name = "panel_contributor")
public class PanelContributor {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContributorKind kind;

  @Column(nullable = false)
  private String contact;

  @Column(name = "national_actor_id")
  private Long nationalActorId;

  private String account;

  /** The language the contributor is e-mailed in: en or fr. */
  @Column(nullable = false)
  private String language;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected PanelContributor() {}

  PanelContributor(String name, ContributorKind kind, String contact, String language, Long nationalActorId, String account,
      String recordedBy) {
    this.name = name;
    this.language = language;
    this.kind = kind;
    this.contact = contact;
    this.nationalActorId = nationalActorId;
    this.account = account;
    this.recordedBy = recordedBy;
    this.recordedAt = Instant.now();
  }

  public Long getId() { return id; }
  public String getName() { return name; }
  public ContributorKind getKind() { return kind; }
  public String getContact() { return contact; }
  public Long getNationalActorId() { return nationalActorId; }
  public String getAccount() { return account; }
  public String getLanguage() { return language; }
}
