package org.tclifecycle.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.consultation.ActorType;
import org.tclifecycle.consultation.ConsultationStage;
import org.tclifecycle.followup.LinkedRecommendations;
import org.tclifecycle.i18n.Labels;
import org.tclifecycle.i18n.Languages;
import org.tclifecycle.i18n.Messages;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectRepository;
import org.tclifecycle.recommendation.Mechanisms;
import org.tclifecycle.recommendation.RecommendationSearch;
import org.tclifecycle.recommendation.RecommendationView;
import org.tclifecycle.recommendation.UprPosition;

/** Builds a State's report from the projects, their linked recommendations, follow-up and consultations. */
@Service
@Transactional(readOnly = true)
public class StateReports {

  /** More supported recommendations than this are cut from "not yet addressed" (the JSON says so by its size). */
  static final int MAX_UNADDRESSED = 2000;

  private final ProjectRepository projects;
  private final LinkedRecommendations linked;
  private final RecommendationSearch registry;
  private final JdbcTemplate jdbc;

  private final IndicatorProgress indicators;

  StateReports(ProjectRepository projects, LinkedRecommendations linked, RecommendationSearch registry, JdbcTemplate jdbc,
      IndicatorProgress indicators) {
    this.indicators = indicators;
    this.projects = projects;
    this.linked = linked;
    this.registry = registry;
    this.jdbc = jdbc;
  }

  public StateReport of(String countryCode) {
    return of(countryCode, Languages.DEFAULT);
  }

  /** The report with its labels (the actor types heard) in the language. */
  public StateReport of(String countryCode, Locale language) {
    Map<String, StateReport.RecommendationLine> byRecommendation = new LinkedHashMap<>();
    List<StateReport.ProjectLine> projectLines = new ArrayList<>();
    List<Project> ofState = projects.findByCountryCodeOrderByBusinessKeyAsc(countryCode);
    Map<Long, List<LinkedRecommendations.Linked>> links = linked.of(ofState);
    for (Project project : ofState) {
      projectLines.add(new StateReport.ProjectLine(project.getBusinessKey(), project.getThematicArea(), project.getStage(),
          project.getStatus(), project.getSummary(), participation(project.getId(), language),
          indicators.of(project.getId()).stream().map(ProjectView.Indicator::of).toList()));
      for (LinkedRecommendations.Linked link : links.get(project.getId())) {
        byRecommendation.computeIfAbsent(link.recommendationId(),
                id -> new StateReport.RecommendationLine(id, link.recommendation(), new ArrayList<>()))
            .projects().add(new StateReport.ProjectStatus(project.getBusinessKey(), link.latest(), link.history().size()));
      }
    }
    List<RecommendationView> unaddressed = registry.search(
            new RecommendationSearch.Criteria(countryCode, null, null, null, UprPosition.SUPPORTED, Mechanisms.UPR, null), 0, MAX_UNADDRESSED)
        .stream().filter(r -> !byRecommendation.containsKey(r.annotationId())).toList();
    return new StateReport(countryCode, Instant.now(), List.copyOf(byRecommendation.values()), projectLines, unaddressed);
  }

  private StateReport.Participation participation(Long projectId, Locale language) {
    Set<String> types = new TreeSet<>();
    int[] sums = new int[4];
    jdbc.query("""
        select a.actor_type, coalesce(i.participants_women, 0), coalesce(i.participants_men, 0), coalesce(i.participants_other, 0)
        from consultation_invitation i join national_actor a on a.id = i.actor_id
        where i.project_id = ? and i.response = 'RESPONDED'""", row -> {
      types.add(Labels.of(ActorType.valueOf(row.getString(1)), language));
      sums[0]++;
      sums[1] += row.getInt(2);
      sums[2] += row.getInt(3);
      sums[3] += row.getInt(4);
    }, projectId);
    return new StateReport.Participation(sums[0], List.copyOf(types), sums[1], sums[2], sums[3], jointInputs(projectId, language));
  }

  /** One line per joint input, named after the actor whose record it was given on, with the others it was given with. */
  private List<String> jointInputs(Long projectId, Locale language) {
    Map<Long, List<String>> actorsByInput = new LinkedHashMap<>();
    Map<Long, ConsultationStage> stages = new HashMap<>();
    jdbc.query("""
        select i.joint_input_of, i.stage, a.name from consultation_invitation i join national_actor a on a.id = i.actor_id
        where i.project_id = ? and i.joint_input_of is not null
        order by i.joint_input_of, case when i.id = i.joint_input_of then 0 else 1 end, i.id""", row -> {
      actorsByInput.computeIfAbsent(row.getLong(1), input -> new ArrayList<>()).add(row.getString(3));
      stages.put(row.getLong(1), ConsultationStage.valueOf(row.getString(2)));
    }, projectId);
    return actorsByInput.entrySet().stream().map(input -> Messages.text(language, "report.state.jointInput",
            Labels.of(stages.get(input.getKey()), language), input.getValue().get(0),
            Messages.text(language, "consultation.jointWith", String.join(", ", input.getValue().subList(1, input.getValue().size())))))
        .toList();
  }

  static String positionOf(RecommendationView recommendation) {
    if (recommendation == null) {
      return "not in the registry";
    }
    return recommendation.uprPosition() == null ? "" : recommendation.uprPosition() == UprPosition.SUPPORTED ? "Supported" : "Noted";
  }

  static String joined(List<String> values) {
    return values.stream().collect(Collectors.joining("; "));
  }
}
