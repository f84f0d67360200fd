package org.tclifecycle.assessment;

import org.tclifecycle.i18n.Messages;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;
import org.tclifecycle.input.InvalidInputException;
import org.tclifecycle.project.CooperationRequest;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectService;
import org.tclifecycle.project.ProjectVariables;
import org.tclifecycle.project.RightsCategory;
import org.tclifecycle.recommendation.RecommendationKind;
import org.tclifecycle.recommendation.RecommendationReferences;
import org.tclifecycle.recommendation.RecommendationSearch;
import org.tclifecycle.recommendation.RecommendationView;

/**
 * Needs assessment (resolution 21/21 §6): findings and priority needs, and the UPR recommendations and
 * rights categories the project addresses, prefilled from the request and confirmed by the officer. The
 * recommendations are linked from the registry (a searchable tag list of the State's recommendations: its UPR
 * recommendations first, each labelled Supported or Noted, then, apart, those of treaty bodies and special
 * procedures; concerns and observations are not offered); ids the request cited that the registry does not hold
 * are shown apart.
 */
@Component("assessNeedsForm")
class AssessNeedsForm extends FormTaskListener {

  static final String FINDINGS = "findings";
  static final String PRIORITY_NEEDS = "priorityNeeds";
  static final String RECOMMENDATION_IDS = "recommendationIds";
  static final String RIGHTS_CATEGORIES = "rightsCategories";
  static final String RECOMMENDATION_OPTIONS = "recommendationOptions";
  static final String UNREGISTERED = "unregisteredRecommendations";
  /** A State has a few hundred recommendations per UPR cycle; the pick list offers the latest ones. */
  static final int MAX_OPTIONS = 2000;
  /** Sets the recommendations of treaty bodies and special procedures apart from the UPR's in the pick list. */
  static final String OTHER_MECHANISMS = "Treaty body / special procedure: ";

  record Assessment(
      @NotBlank @Size(max = 4000) String findings,
      @NotBlank @Size(max = 4000) String priorityNeeds,
      @Size(max = 50) List<@Pattern(regexp = CooperationRequest.UHRI_ID, message = "{input.uhriIds}") String> recommendationIds,
      @NotEmpty Set<RightsCategory> rightsCategories) {}

  private final ProjectService projects;
  private final NeedsAssessmentRepository assessments;
  private final RecommendationSearch recommendations;
  private final InputValidator validator;

  AssessNeedsForm(ProjectService projects, NeedsAssessmentRepository assessments, RecommendationSearch recommendations,
      InputValidator validator) {
    this.projects = projects;
    this.assessments = assessments;
    this.recommendations = recommendations;
    this.validator = validator;
  }

  @Override
  public String formId() {
    return "assess-needs";
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(FINDINGS, PRIORITY_NEEDS, RECOMMENDATION_IDS, RIGHTS_CATEGORIES);
  }

  @Override
  protected void prefill(DelegateTask task) {
    Project project = projects.get(ProjectVariables.projectId(task));
    Map<String, String> options = new LinkedHashMap<>();
    recommendations.offeredFor(project.getCountryCode(), MAX_OPTIONS).forEach(recommendation -> options.put(
        recommendation.annotationId(), (recommendation.upr() ? "" : OTHER_MECHANISMS) + recommendation.label()));
    offer(task, RECOMMENDATION_OPTIONS, options);
    // UHRI ids, and the references a request cited that the registry did not hold at registration, kept as text
    List<String> cited = project.getRecommendationIds().stream()
        .map(id -> RecommendationReferences.isUhriId(id) ? id.toLowerCase(Locale.ROOT) : id).sorted().toList();
    Set<String> registered = registeredFor(project.getCountryCode(), cited);
    task.setVariableLocal(RECOMMENDATION_IDS, SpinValues.jsonValue(Spin.JSON(cited.stream().filter(registered::contains).toList())).create());
    List<String> unregistered = cited.stream().filter(id -> !registered.contains(id)).toList();
    task.setVariableLocal(UNREGISTERED, unregistered.isEmpty() ? "" : String.join(", ", unregistered));
    String categories = project.getRightsCategories().stream().map(c -> "\"" + c.name() + "\"")
        .reduce((a, b) -> a + "," + b).orElse("");
    task.setVariableLocal(RIGHTS_CATEGORIES, SpinValues.jsonValue("[" + categories + "]").create());
  }

  /** The ids among {@code ids} that the registry holds for the State as recommendations (not concerns or observations). */
  private Set<String> registeredFor(String country, List<String> ids) {
    return recommendations.byIds(ids).stream().filter(r -> r.countryCodes().contains(country))
        .filter(r -> r.kind() != RecommendationKind.CONCERN_OBSERVATION)
        .map(RecommendationView::annotationId).collect(Collectors.toSet());
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    Assessment assessment = validator.validate(new Assessment(
        values.text(FINDINGS),
        values.text(PRIORITY_NEEDS),
        values.texts(RECOMMENDATION_IDS),
        values.choices(RIGHTS_CATEGORIES, RightsCategory.class)), values);
    Long projectId = ProjectVariables.projectId(task);
    String country = projects.get(projectId).getCountryCode();
    List<String> linked = assessment.recommendationIds().stream().map(id -> id.toLowerCase(Locale.ROOT)).toList();
    Set<String> registered = registeredFor(country, linked);
    List<String> unknown = linked.stream().filter(id -> !registered.contains(id)).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(Map.of(RECOMMENDATION_IDS,
          Messages.text("input.assessment.unknownRecommendations", country, String.join(", ", unknown))));
    }
    assessments.save(new NeedsAssessment(projectId, assessment.findings(), assessment.priorityNeeds(), actor(task)));
    projects.relink(projectId, linked, assessment.rightsCategories());
  }
}
