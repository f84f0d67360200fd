package org.tclifecycle.panel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** One contributor's contribution to one panel: requested, received (on time or late) or missing at the deadline. */
@Entity
@Table(name = "panel_contribution")
public class PanelContribution {

  public enum Channel { API, OFFICER }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "panel_id", nullable = false)
  private Long panelId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "contributor_id")
  private PanelContributor contributor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContributionStatus status;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(nullable = false)
  private boolean late;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  private String body;

  @Column(nullable = false)
  private int reminders;

  @Column(name = "recorded_by")
  private String recordedBy;

  protected PanelContribution() {}

  PanelContribution(Long panelId, PanelContributor contributor, LocalDate dueOn) {
    this.panelId = panelId;
    this.contributor = contributor;
    this.dueOn = dueOn;
    this.status = ContributionStatus.REQUESTED;
  }

  /** A contribution is kept whenever it arrives; after the due date, or once the deadline has passed, it is marked late. */
  void received(String text, Channel by, String user, Instant at) {
    this.late = status == ContributionStatus.MISSING || at.atOffset(ZoneOffset.UTC).toLocalDate().isAfter(dueOn);
    this.body = text;
    this.channel = by;
    this.recordedBy = user;
    this.receivedAt = at;
    this.status = ContributionStatus.RECEIVED;
  }

  void missing() {
    if (status == ContributionStatus.REQUESTED) {
      status = ContributionStatus.MISSING;
    }
  }

  void reminded() {
    reminders++;
  }

  public Long getId() { return id; }
  public Long getPanelId() { return panelId; }
  public PanelContributor getContributor() { return contributor; }
  public ContributionStatus getStatus() { return status; }
  public LocalDate getDueOn() { return dueOn; }
  public Instant getReceivedAt() { return receivedAt; }
  public boolean isLate() { return late; }
  public Channel getChannel() { return channel; }
  public String getBody() { return body; }
  public int getReminders() { return reminders; }
}
