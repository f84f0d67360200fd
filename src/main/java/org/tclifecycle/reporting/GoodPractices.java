package org.tclifecycle.reporting;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.evaluation.Evaluation;
import org.tclifecycle.evaluation.EvaluationRepository;
import org.tclifecycle.input.IsoCountry;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectService;
import org.tclifecycle.project.RightsCategory;
import org.tclifecycle.project.ThematicArea;
import org.tclifecycle.recommendation.RecommendationSearch;
import org.tclifecycle.recommendation.RecommendationView;

/**
 * The good-practice library (§5, §13): what each evaluated project found worth sharing, described by
 * the project's country, thematic area and rights categories and by the themes and SDG targets of the
 * recommendations it addressed.
 */
@Service
@Transactional(readOnly = true)
public class GoodPractices {

  public record Practice(String projectKey, String countryCode, ThematicArea thematicArea, Set<RightsCategory> rightsCategories,
      Set<String> themes, Set<String> sdgTargets, String goodPractices, String lessonsLearned, Instant evaluatedAt,
      List<ProjectView.Indicator> indicators) {}

  /** Every criterion is optional; {@code theme} matches the thematic area or a recommendation theme. */
  public record Criteria(
      @IsoCountry String country,
      @Size(max = 100) String theme,
      @Pattern(regexp = "CIVIL|POLITICAL|ECONOMIC|SOCIAL|CULTURAL", message = "{input.rightsCategory}") String rightsCategory,
      @Pattern(regexp = RecommendationSearch.SDG_QUERY, message = RecommendationSearch.SDG_QUERY_MESSAGE) String sdg,
      @Size(max = 200) String text) {}

  private final EvaluationRepository evaluations;
  private final ProjectService projects;
  private final RecommendationSearch registry;
  private final IndicatorProgress indicators;

  GoodPractices(EvaluationRepository evaluations, ProjectService projects, RecommendationSearch registry, IndicatorProgress indicators) {
    this.evaluations = evaluations;
    this.indicators = indicators;
    this.projects = projects;
    this.registry = registry;
  }

  public List<Practice> find(Criteria criteria) {
    List<Evaluation> evaluated = evaluations.findAll(Sort.by(Sort.Direction.DESC, "id"));
    Map<Long, Project> evaluatedProjects = new HashMap<>();
    evaluated.forEach(evaluation -> evaluatedProjects.computeIfAbsent(evaluation.getProjectId(), projects::get));
    // the recommendations of every evaluated project, read in one query
    Map<String, RecommendationView> recommendations = new HashMap<>();
    registry.byIds(evaluatedProjects.values().stream().flatMap(project -> project.getRecommendationIds().stream())
            .map(id -> id.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()))
        .forEach(recommendation -> recommendations.put(recommendation.annotationId().toLowerCase(Locale.ROOT), recommendation));
    List<Practice> found = new ArrayList<>();
    for (Evaluation evaluation : evaluated) {
      Practice practice = practice(evaluation, evaluatedProjects.get(evaluation.getProjectId()), recommendations);
      if (matches(practice, criteria)) {
        found.add(withIndicators(practice, evaluation.getProjectId()));
      }
    }
    found.sort(Comparator.comparing(Practice::evaluatedAt).reversed());
    return found;
  }

  /** The project's indicator progress, read only for the practices found. */
  private Practice withIndicators(Practice practice, Long projectId) {
    return new Practice(practice.projectKey(), practice.countryCode(), practice.thematicArea(), practice.rightsCategories(), practice.themes(),
        practice.sdgTargets(), practice.goodPractices(), practice.lessonsLearned(), practice.evaluatedAt(),
        indicators.of(projectId).stream().map(ProjectView.Indicator::of).toList());
  }

  private static Practice practice(Evaluation evaluation, Project project, Map<String, RecommendationView> recommendations) {
    Set<String> themes = new TreeSet<>();
    Set<String> targets = new TreeSet<>();
    for (String id : project.getRecommendationIds()) {
      RecommendationView recommendation = recommendations.get(id.toLowerCase(Locale.ROOT));
      if (recommendation != null) {
        themes.addAll(recommendation.themes());
        targets.addAll(recommendation.sdgTargets());
      }
    }
    return new Practice(project.getBusinessKey(), project.getCountryCode(), project.getThematicArea(), project.getRightsCategories(),
        themes, targets, evaluation.getGoodPractices(), evaluation.getLessonsLearned(), evaluation.getRecordedAt(), List.of());
  }

  private static boolean matches(Practice practice, Criteria criteria) {
    if (present(criteria.country()) && !practice.countryCode().equalsIgnoreCase(criteria.country())) {
      return false;
    }
    if (present(criteria.rightsCategory()) && !practice.rightsCategories().contains(RightsCategory.valueOf(criteria.rightsCategory()))) {
      return false;
    }
    if (present(criteria.theme())) {
      String theme = lower(criteria.theme());
      boolean area = lower(practice.thematicArea().name().replace('_', ' ')).contains(theme.replace('_', ' '));
      if (!area && practice.themes().stream().noneMatch(t -> lower(t).contains(theme))) {
        return false;
      }
    }
    if (present(criteria.sdg())) {
      String sdg = lower(criteria.sdg());
      if (practice.sdgTargets().stream().noneMatch(t -> sdg.contains(".") ? t.equals(sdg) : t.startsWith(sdg + "."))) {
        return false;
      }
    }
    if (present(criteria.text())) {
      String all = lower(practice.goodPractices() + " " + practice.lessonsLearned());
      for (String word : criteria.text().trim().split("\\s+")) {
        if (!all.contains(lower(word))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String lower(String value) {
    return value.trim().toLowerCase(Locale.ROOT);
  }
}
