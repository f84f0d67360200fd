package org.tclifecycle.evaluation;


import org.springframework.stereotype.Component;
import org.tclifecycle.project.Milestone;

/** The project's evaluation is recorded. */
@Component
class EvaluationOnRecord implements Milestone.Records {

  private final EvaluationRepository evaluations;

  EvaluationOnRecord(EvaluationRepository evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public Milestone milestone() {
    return Milestone.EVALUATED;
  }

  @Override
  public boolean reached(Long projectId) {
    return !evaluations.findByProjectId(projectId).isEmpty();
  }
}
