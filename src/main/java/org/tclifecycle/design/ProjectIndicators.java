package org.tclifecycle.design;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The indicators of a project's current design (the latest version). */
@Component
@Transactional(readOnly = true)
public class ProjectIndicators {

  private final ProjectDesignRepository designs;
  private final ProjectIndicatorRepository indicators;

  ProjectIndicators(ProjectDesignRepository designs, ProjectIndicatorRepository indicators) {
    this.designs = designs;
    this.indicators = indicators;
  }

  public List<ProjectIndicator> current(Long projectId) {
    return designs.findByProjectIdOrderByIdAsc(projectId).stream().reduce((a, b) -> b)
        .map(design -> indicators.findByDesignIdOrderByNumberAsc(design.getId())).orElse(List.of());
  }
}
