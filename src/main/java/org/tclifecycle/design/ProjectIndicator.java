package org.tclifecycle.design;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.tclifecycle.project.ProjectRecord;

/** One results indicator of a project's design (numbered 1..n on the form), with its baseline and target. */
@Entity
@Table(name = "project_indicator")
public class ProjectIndicator extends ProjectRecord {

  @Column(name = "design_id", nullable = false)
  private Long designId;

  @Column(nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IndicatorType type;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IndicatorMeasure measure;

  @Column(name = "baseline_value")
  private BigDecimal baselineValue;

  @Column(name = "baseline_year", nullable = false)
  private int baselineYear;

  @Column(name = "baseline_comment")
  private String baselineComment;

  @Column(name = "target_value")
  private BigDecimal targetValue;

  @Column(name = "target_date", nullable = false)
  private LocalDate targetDate;

  @Column(name = "recommendation_ids")
  private String recommendationIds;

  @Column(name = "verification_source", nullable = false)
  private String verificationSource;

  protected ProjectIndicator() {}

  ProjectIndicator(Long projectId, Long designId, IndicatorFields.Definition definition, String recordedBy) {
    super(projectId, recordedBy);
    this.designId = designId;
    this.number = definition.number();
    this.type = definition.type();
    this.title = definition.title();
    this.measure = definition.measure();
    this.baselineValue = definition.baselineValue();
    this.baselineYear = definition.baselineYear();
    this.baselineComment = definition.baselineComment();
    this.targetValue = definition.targetValue();
    this.targetDate = definition.targetDate();
    this.recommendationIds = String.join(",", definition.recommendationIds());
    this.verificationSource = definition.verificationSource();
  }

  public Long getDesignId() { return designId; }
  public int getNumber() { return number; }
  public IndicatorType getType() { return type; }
  public String getTitle() { return title; }
  public IndicatorMeasure getMeasure() { return measure; }
  public BigDecimal getBaselineValue() { return baselineValue; }
  public int getBaselineYear() { return baselineYear; }
  public String getBaselineComment() { return baselineComment; }
  public BigDecimal getTargetValue() { return targetValue; }
  public LocalDate getTargetDate() { return targetDate; }
  public List<String> getRecommendationIds() {
    return recommendationIds == null || recommendationIds.isBlank() ? List.of() : Arrays.asList(recommendationIds.split(","));
  }
  public String getVerificationSource() { return verificationSource; }

  /** One line for forms and reports: "Indicator 1 (outcome, percentage): title; baseline 40 (2025); target 20 by 2027-06-30". */
  public String summary() {
    StringBuilder text = new StringBuilder("Indicator ").append(number).append(" (").append(type.name().toLowerCase())
        .append(", ").append(measure.name().toLowerCase()).append("): ").append(title).append("; baseline ");
    text.append(baselineValue != null ? baselineValue.stripTrailingZeros().toPlainString() + " " : "").append("(").append(baselineYear).append(")");
    if (baselineComment != null) {
      text.append(" ").append(baselineComment);
    }
    text.append("; target ").append(targetValue != null ? targetValue.stripTrailingZeros().toPlainString() + " " : "").append("by ").append(targetDate);
    return text.toString();
  }
}
