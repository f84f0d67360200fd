package org.tclifecycle.assessment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tclifecycle.project.Milestone;

@Configuration
class NeedsAssessmentOnRecord {

  /** An officer has recorded the needs assessment. */
  @Bean
  Milestone.Records needsAssessed(NeedsAssessmentRepository assessments) {
    return Milestone.Records.of(Milestone.NEEDS_ASSESSED, assessments::existsByProjectId);
  }
}
