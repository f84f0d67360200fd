package org.tclifecycle.followup;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tclifecycle.project.ProjectService;

/** Feeds the follow-up multi-instance ({@code ${recommendationFollowUps...}}) from the project record, not from a variable. */
@Component("recommendationFollowUps")
public class RecommendationFollowUps {

  private final ProjectService projects;

  RecommendationFollowUps(ProjectService projects) {
    this.projects = projects;
  }

  public List<String> recommendationIds(Number projectId) {
    return projects.get(projectId.longValue()).getRecommendationIds().stream().sorted().toList();
  }
}
