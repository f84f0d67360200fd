package org.tclifecycle.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A national actor of one State that OHCHR consults: an institution, an NHRI, a civil-society organisation... */
@Entity
@Table(name = "national_actor")
public class NationalActor {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "country_code", nullable = false)
  private String countryCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_type", nullable = false)
  private ActorType type;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String contact;

  @Enumerated(EnumType.STRING)
  @Column(name = "ganhri_status")
  private GanhriStatus ganhriStatus;

  @Column(name = "accredited_on")
  private LocalDate accreditedOn;

  @Column(name = "focus_areas")
  private String focusAreas;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected NationalActor() {}

  NationalActor(NewActor actor, String recordedBy) {
    this.countryCode = actor.countryCode();
    this.type = actor.type();
    this.name = actor.name().strip();
    this.contact = actor.contact().strip();
    this.ganhriStatus = actor.ganhriStatus();
    this.accreditedOn = actor.accreditedOn();
    this.focusAreas = actor.focusAreas() == null || actor.focusAreas().isBlank() ? null : actor.focusAreas().strip();
    this.recordedBy = recordedBy;
    this.recordedAt = Instant.now();
  }

  public Long getId() { return id; }
  public String getCountryCode() { return countryCode; }
  public ActorType getType() { return type; }
  public String getName() { return name; }
  public String getContact() { return contact; }
  public GanhriStatus getGanhriStatus() { return ganhriStatus; }
  public LocalDate getAccreditedOn() { return accreditedOn; }
  public String getFocusAreas() { return focusAreas; }
}
