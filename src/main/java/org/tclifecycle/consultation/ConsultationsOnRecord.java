package org.tclifecycle.consultation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tclifecycle.project.Milestone;

/** A round at the stage is on record: every round recorded was covered or excepted by a manager (§8). */
@Configuration
class ConsultationsOnRecord {

  @Bean
  Milestone.Records consultedOnAssessment(ConsultationRoundRepository rounds) {
    return records(rounds, Milestone.CONSULTED_ON_ASSESSMENT, ConsultationStage.ASSESSMENT);
  }

  @Bean
  Milestone.Records consultedOnDesign(ConsultationRoundRepository rounds) {
    return records(rounds, Milestone.CONSULTED_ON_DESIGN, ConsultationStage.DESIGN);
  }

  @Bean
  Milestone.Records consultedOnEvaluation(ConsultationRoundRepository rounds) {
    return records(rounds, Milestone.CONSULTED_ON_EVALUATION, ConsultationStage.EVALUATION);
  }

  private static Milestone.Records records(ConsultationRoundRepository rounds, Milestone milestone, ConsultationStage stage) {
    return Milestone.Records.of(milestone, projectId -> rounds.existsByProjectIdAndStage(projectId, stage));
  }
}
