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
import java.time.LocalDate;
import org.tclifecycle.project.ThematicArea;

/** One year's thematic panel of the Human Rights Council under agenda item 10: theme, session, report, outcome. */
@Entity
@Table(name = "thematic_panel")
public class ThematicPanel {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(nullable = false)
  private String theme;

  @Enumerated(EnumType.STRING)
  @Column(name = "thematic_area", nullable = false)
  private ThematicArea thematicArea;

  @Column(name = "session_number", nullable = false)
  private int sessionNumber;

  @Column(name = "session_starts", nullable = false)
  private LocalDate sessionStarts;

  @Column(name = "session_ends", nullable = false)
  private LocalDate sessionEnds;

  @Column(name = "contributions_due", nullable = false)
  private LocalDate contributionsDue;

  @Column(name = "submission_due", nullable = false)
  private LocalDate submissionDue;

  @Column(name = "submitted_on")
  private LocalDate submittedOn;

  @Column(name = "report_symbol")
  private String reportSymbol;

  @Column(name = "held_on")
  private LocalDate heldOn;

  private String summary;

  private String lessons;

  private String introduction;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ThematicPanel() {}

  ThematicPanel(PanelSetting setting, String processInstanceId, LocalDate contributionsDue, LocalDate submissionDue, String recordedBy) {
    this.processInstanceId = processInstanceId;
    this.theme = setting.theme();
    this.thematicArea = setting.thematicArea();
    this.sessionNumber = setting.sessionNumber();
    this.sessionStarts = setting.sessionStarts();
    this.sessionEnds = setting.sessionEnds();
    this.contributionsDue = contributionsDue;
    this.submissionDue = submissionDue;
    this.recordedBy = recordedBy;
    this.recordedAt = Instant.now();
  }

  void submitted(LocalDate on, String symbol) {
    this.submittedOn = on;
    this.reportSymbol = symbol;
  }

  void introduce(String text) {
    this.introduction = text;
  }

  void held(LocalDate on, String panelSummary, String panelLessons) {
    this.heldOn = on;
    this.summary = panelSummary;
    this.lessons = panelLessons;
  }

  public Long getId() { return id; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getTheme() { return theme; }
  public ThematicArea getThematicArea() { return thematicArea; }
  public int getSessionNumber() { return sessionNumber; }
  public LocalDate getSessionStarts() { return sessionStarts; }
  public LocalDate getSessionEnds() { return sessionEnds; }
  public LocalDate getContributionsDue() { return contributionsDue; }
  public LocalDate getSubmissionDue() { return submissionDue; }
  public LocalDate getSubmittedOn() { return submittedOn; }
  public String getReportSymbol() { return reportSymbol; }
  public LocalDate getHeldOn() { return heldOn; }
  public String getSummary() { return summary; }
  public String getLessons() { return lessons; }
  public String getIntroduction() { return introduction; }
}
