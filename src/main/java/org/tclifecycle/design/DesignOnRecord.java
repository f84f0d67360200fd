package org.tclifecycle.design;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tclifecycle.project.Milestone;

@Configuration
class DesignOnRecord {

  /** An officer has recorded the project's design. */
  @Bean
  Milestone.Records designed(ProjectDesignRepository designs) {
    return Milestone.Records.of(Milestone.DESIGNED, designs::existsByProjectId);
  }
}
