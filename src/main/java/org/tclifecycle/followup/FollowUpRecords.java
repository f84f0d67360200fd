package org.tclifecycle.followup;

import org.springframework.stereotype.Component;
import org.tclifecycle.project.ProjectTallies;

/**
 * Keeps a status reported on a recommendation, and moves the link from its previous latest status to this one in
 * the portfolio dashboard's counts (a status reported on a recommendation the project does not link counts nowhere).
 */
@Component
class FollowUpRecords {

  private final RecommendationFollowUpRepository followUps;
  private final ProjectTallies tallies;

  FollowUpRecords(RecommendationFollowUpRepository followUps, ProjectTallies tallies) {
    this.followUps = followUps;
    this.tallies = tallies;
  }

  void save(RecommendationFollowUp followUp) {
    long project = followUp.getProjectId();
    tallies.lockProject(project);
    String previous = tallies.latestStatus(project, followUp.getRecommendationId());
    followUps.save(followUp);
    if (tallies.linked(project, followUp.getRecommendationId())) {
      tallies.move(project, ProjectTallies.RECOMMENDATION_STATUS, previous, followUp.getStatus().name());
    }
  }
}
