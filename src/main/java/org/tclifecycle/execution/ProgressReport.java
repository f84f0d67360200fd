package org.tclifecycle.execution;

import java.math.BigDecimal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.tclifecycle.project.ProjectRecord;

/** A report during execution: a periodic progress report, the execution review, or the end of execution. */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends ProjectRecord {

  public enum Kind { PROGRESS, EXECUTION_REVIEW, EXECUTION_END }

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(nullable = false)
  private String summary;

  @Column(name = "indicator_progress")
  private String indicatorProgress;

  /** Spent in the period this report covers, in the project's currency (IATI expenditure transaction). */
  private BigDecimal expenditure;

  protected ProgressReport() {}

  ProgressReport(Long projectId, Kind kind, String summary, String indicatorProgress, BigDecimal expenditure, String recordedBy) {
    super(projectId, recordedBy);
    this.expenditure = expenditure;
    this.kind = kind;
    this.summary = summary;
    this.indicatorProgress = indicatorProgress;
  }

  public Kind getKind() { return kind; }
  public String getSummary() { return summary; }
  public String getIndicatorProgress() { return indicatorProgress; }
  public BigDecimal getExpenditure() { return expenditure; }
}
