package org.tclifecycle.funding;

import java.util.List;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectRepository;
import org.springframework.stereotype.Component;
import org.tclifecycle.project.Milestone;

/** The latest funding decision approves the project, and was made by a manager other than its designer (four eyes, §15). */
@Component
class FundingApprovalOnRecord implements Milestone.Records {

  private final FundingDecisionRepository decisions;
  private final ProjectRepository projects;

  FundingApprovalOnRecord(FundingDecisionRepository decisions, ProjectRepository projects) {
    this.decisions = decisions;
    this.projects = projects;
  }

  @Override
  public Milestone milestone() {
    return Milestone.FUNDING_APPROVED;
  }

  @Override
  public boolean reached(Long projectId) {
    List<FundingDecision> made = decisions.findByProjectIdOrderByIdAsc(projectId);
    if (made.isEmpty()) {
      return false;
    }
    FundingDecision latest = made.get(made.size() - 1);
    String designer = projects.findById(projectId).map(Project::getDesignedBy).orElse(null);
    return latest.getDecision() == FundingOutcome.APPROVE && !java.util.Objects.equals(latest.getRecordedBy(), designer);
  }
}
