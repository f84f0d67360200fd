package org.tclifecycle.design;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.tclifecycle.project.ProjectRecord;

/** One version of a project's design; a revision after the funding decision adds another. */
@Entity
@Table(name = "project_design")
public class ProjectDesign extends ProjectRecord {

  @Column(nullable = false)
  private String objectives;

  @Column(nullable = false)
  private String activities;

  @Column(nullable = false)
  private String indicators;

  @Column(nullable = false)
  private BigDecimal budget;

  @Column(name = "duration_months", nullable = false)
  private int durationMonths;

  protected ProjectDesign() {}

  ProjectDesign(Long projectId, DesignProjectForm.Design design, String recordedBy) {
    super(projectId, recordedBy);
    this.objectives = design.objectives();
    this.activities = design.activities();
    this.indicators = design.indicators();
    this.budget = design.budget();
    this.durationMonths = design.durationMonths();
  }

  public String getObjectives() { return objectives; }
  public String getActivities() { return activities; }
  public String getIndicators() { return indicators; }
  public BigDecimal getBudget() { return budget; }
  public int getDurationMonths() { return durationMonths; }
}
