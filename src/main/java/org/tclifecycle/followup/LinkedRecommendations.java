package org.tclifecycle.followup;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.project.Project;
import org.tclifecycle.recommendation.RecommendationSearch;
import org.tclifecycle.recommendation.RecommendationView;

/** The recommendations a project addresses, each with every status report made on it, oldest first. */
@Service
@Transactional(readOnly = true)
public class LinkedRecommendations {

  public record StatusReport(ImplementationStatus status, String evidence, FollowUpSource source, String recordedBy, Instant recordedAt) {}

  /** {@code recommendation} is null when the registry does not (yet) hold the id the project cites. */
  public record Linked(String recommendationId, RecommendationView recommendation, ImplementationStatus latestStatus,
      List<StatusReport> history) {

    public StatusReport latest() {
      return history.isEmpty() ? null : history.get(history.size() - 1);
    }
  }

  private final RecommendationFollowUpRepository followUps;
  private final RecommendationSearch registry;

  LinkedRecommendations(RecommendationFollowUpRepository followUps, RecommendationSearch registry) {
    this.followUps = followUps;
    this.registry = registry;
  }

  public List<Linked> of(Project project) {
    return of(List.of(project)).get(project.getId());
  }

  /** The linked recommendations of each project, by project id: the registry and the status reports read once for all. */
  public Map<Long, List<Linked>> of(List<Project> projects) {
    Map<String, RecommendationView> known = registry.byIds(projects.stream().flatMap(p -> p.getRecommendationIds().stream())
            .collect(Collectors.toSet())).stream()
        .collect(Collectors.toMap(RecommendationView::annotationId, Function.identity()));
    Map<Long, Map<String, List<StatusReport>>> reports = projects.isEmpty() ? Map.of()
        : followUps.findByProjectIdInOrderByIdAsc(projects.stream().map(Project::getId).toList()).stream()
            .collect(Collectors.groupingBy(RecommendationFollowUp::getProjectId, Collectors.groupingBy(f -> f.getRecommendationId().toLowerCase(),
                Collectors.mapping(f -> new StatusReport(f.getStatus(), f.getEvidence(), f.getSource(), f.getRecordedBy(), f.getRecordedAt()),
                    Collectors.toList()))));
    Map<Long, List<Linked>> linked = new LinkedHashMap<>();
    for (Project project : projects) {
      Map<String, List<StatusReport>> ofProject = reports.getOrDefault(project.getId(), Map.of());
      linked.put(project.getId(), project.getRecommendationIds().stream().map(String::toLowerCase).sorted().map(id -> {
        List<StatusReport> history = ofProject.getOrDefault(id, List.of());
        return new Linked(id, known.get(id), history.isEmpty() ? null : history.get(history.size() - 1).status(), history);
      }).sorted(Comparator.comparing(l -> l.recommendation() == null ? "~" + l.recommendationId() : l.recommendation().symbol() + l.recommendationId()))
          .toList());
    }
    return linked;
  }
}
