package org.tclifecycle.evaluation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tclifecycle.project.Milestone;

@Configuration
class EvaluationOnRecord {

  /** The project's evaluation is recorded. */
  @Bean
  Milestone.Records evaluated(EvaluationRepository evaluations) {
    return Milestone.Records.of(Milestone.EVALUATED, evaluations::existsByProjectId);
  }
}
