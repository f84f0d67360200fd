package org.tclifecycle.reporting;

import java.time.Instant;
import java.util.List;
import org.tclifecycle.followup.LinkedRecommendations;
import org.tclifecycle.project.ProjectStage;
import org.tclifecycle.project.ProjectStatus;
import org.tclifecycle.project.ThematicArea;
import org.tclifecycle.recommendation.RecommendationView;

/**
 * What a State's UPR mid-term or national report needs from technical cooperation: the recommendations
 * projects address with their status and evidence, the projects and whom they consulted, and the
 * supported recommendations no project addresses yet.
 */
public record StateReport(
    String countryCode,
    Instant generatedAt,
    List<RecommendationLine> recommendations,
    List<ProjectLine> projects,
    List<RecommendationView> supportedNotAddressed) {

  /** One recommendation and, per project addressing it, the latest status report. */
  public record RecommendationLine(String recommendationId, RecommendationView recommendation, List<ProjectStatus> projects) {}

  public record ProjectStatus(String projectKey, LinkedRecommendations.StatusReport latest, int reports) {}

  public record ProjectLine(String projectKey, ThematicArea thematicArea, ProjectStage stage,
      org.tclifecycle.project.ProjectStatus status, String summary, Participation participation, List<ProjectView.Indicator> indicators) {}

  /**
   * Consultation participation over all of the project's rounds (§8, §16); {@code jointInputs}: each input given by
   * several actors at one meeting or in one submission, in words ("Assessment, Ministry of Justice: joint input with …").
   */
  public record Participation(int actorsHeard, List<String> actorTypesHeard, int women, int men, int other, List<String> jointInputs) {}
}
