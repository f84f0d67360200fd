package org.tclifecycle.design;


import org.springframework.stereotype.Component;
import org.tclifecycle.project.Milestone;

/** An officer has recorded the project's design. */
@Component
class DesignOnRecord implements Milestone.Records {

  private final ProjectDesignRepository designs;

  DesignOnRecord(ProjectDesignRepository designs) {
    this.designs = designs;
  }

  @Override
  public Milestone milestone() {
    return Milestone.DESIGNED;
  }

  @Override
  public boolean reached(Long projectId) {
    return !designs.findByProjectIdOrderByIdAsc(projectId).isEmpty();
  }
}
