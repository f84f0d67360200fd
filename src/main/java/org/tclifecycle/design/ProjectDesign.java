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

  @Column(name = "co_funding", nullable = false)
  private BigDecimal coFunding = BigDecimal.ZERO;

  protected ProjectDesign() {}

  ProjectDesign(Long projectId, DesignProjectForm.Design design, String recordedBy) {
    super(projectId, recordedBy);
    this.objectives = design.objectives();
    this.activities = design.activities();
    this.indicators = design.indicators() == null ? "" : design.indicators();
    this.budget = design.budget();
    this.durationMonths = design.durationMonths();
    this.coFunding = design.coFunding() == null ? BigDecimal.ZERO : design.coFunding();
  }

  public String getObjectives() { return objectives; }
  public String getActivities() { return activities; }
  public String getIndicators() { return indicators; }
  public BigDecimal getBudget() { return budget; }
  public int getDurationMonths() { return durationMonths; }
  /** Money from other sources (the State, a donor) within the budget. */
  public BigDecimal getCoFunding() { return coFunding; }
  /** What the funds are asked for: the budget less the co-funding. */
  public BigDecimal getRequestedAmount() { return budget.subtract(coFunding); }
}
