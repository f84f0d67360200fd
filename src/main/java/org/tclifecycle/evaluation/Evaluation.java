package org.tclifecycle.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.tclifecycle.project.ProjectRecord;

/** Lessons learned and good practices of a project (resolution 21/21 §5, §13). */
@Entity
@Table(name = "evaluation")
public class Evaluation extends ProjectRecord {

  @Column(name = "lessons_learned", nullable = false)
  private String lessonsLearned;

  @Column(name = "good_practices", nullable = false)
  private String goodPractices;

  protected Evaluation() {}

  Evaluation(Long projectId, String lessonsLearned, String goodPractices, String recordedBy) {
    super(projectId, recordedBy);
    this.lessonsLearned = lessonsLearned;
    this.goodPractices = goodPractices;
  }

  public String getLessonsLearned() { return lessonsLearned; }
  public String getGoodPractices() { return goodPractices; }
}
