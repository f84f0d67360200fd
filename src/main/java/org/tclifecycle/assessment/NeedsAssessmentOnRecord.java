package org.tclifecycle.assessment;


import org.springframework.stereotype.Component;
import org.tclifecycle.project.Milestone;

/** An officer has recorded the needs assessment. */
@Component
class NeedsAssessmentOnRecord implements Milestone.Records {

  private final NeedsAssessmentRepository assessments;

  NeedsAssessmentOnRecord(NeedsAssessmentRepository assessments) {
    this.assessments = assessments;
  }

  @Override
  public Milestone milestone() {
    return Milestone.NEEDS_ASSESSED;
  }

  @Override
  public boolean reached(Long projectId) {
    return !assessments.findByProjectId(projectId).isEmpty();
  }
}
