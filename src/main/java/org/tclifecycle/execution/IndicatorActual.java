package org.tclifecycle.execution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.tclifecycle.project.ProjectRecord;

/** The value of one indicator a report records for its period; the end-of-execution report gives the final value. */
@Entity
@Table(name = "indicator_actual")
public class IndicatorActual extends ProjectRecord {

  @Column(name = "indicator_id", nullable = false)
  private Long indicatorId;

  @Column(name = "progress_report_id", nullable = false)
  private Long progressReportId;

  @Column(name = "actual_value")
  private BigDecimal value;

  @Column(name = "actual_comment")
  private String comment;

  protected IndicatorActual() {}

  IndicatorActual(ProgressReport report, Long indicatorId, BigDecimal value, String comment) {
    super(report.getProjectId(), report.getRecordedBy());
    this.indicatorId = indicatorId;
    this.progressReportId = report.getId();
    this.value = value;
    this.comment = comment;
  }

  public Long getIndicatorId() { return indicatorId; }
  public Long getProgressReportId() { return progressReportId; }
  public BigDecimal getValue() { return value; }
  public String getComment() { return comment; }
}
