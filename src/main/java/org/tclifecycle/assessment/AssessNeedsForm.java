package org.tclifecycle.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;
import org.tclifecycle.project.CooperationRequest;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectService;
import org.tclifecycle.project.ProjectVariables;
import org.tclifecycle.project.RightsCategory;

/**
 * Needs assessment (resolution 21/21 §6): findings and priority needs, and the UPR recommendations and
 * rights categories the project addresses, prefilled from the request and confirmed by the officer.
 */
@Component("assessNeedsForm")
class AssessNeedsForm extends FormTaskListener {

  static final String FINDINGS = "findings";
  static final String PRIORITY_NEEDS = "priorityNeeds";
  static final String RECOMMENDATION_IDS = "recommendationIds";
  static final String RIGHTS_CATEGORIES = "rightsCategories";

  record Assessment(
      @NotBlank @Size(max = 4000) String findings,
      @NotBlank @Size(max = 4000) String priorityNeeds,
      @Size(max = 50) List<@Pattern(regexp = CooperationRequest.UHRI_ID, message = "must contain UHRI recommendation ids (UUIDs)") String> recommendationIds,
      @NotEmpty Set<RightsCategory> rightsCategories) {}

  private final ProjectService projects;
  private final NeedsAssessmentRepository assessments;
  private final InputValidator validator;

  AssessNeedsForm(ProjectService projects, NeedsAssessmentRepository assessments, InputValidator validator) {
    this.projects = projects;
    this.assessments = assessments;
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
    task.setVariableLocal(RECOMMENDATION_IDS, String.join("\n", project.getRecommendationIds()));
    String categories = project.getRightsCategories().stream().map(c -> "\"" + c.name() + "\"")
        .reduce((a, b) -> a + "," + b).orElse("");
    task.setVariableLocal(RIGHTS_CATEGORIES, SpinValues.jsonValue("[" + categories + "]").create());
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    Assessment assessment = validator.validate(new Assessment(
        values.text(FINDINGS),
        values.text(PRIORITY_NEEDS),
        values.texts(RECOMMENDATION_IDS),
        values.choices(RIGHTS_CATEGORIES, RightsCategory.class)), values);
    Long projectId = ProjectVariables.projectId(task);
    assessments.save(new NeedsAssessment(projectId, assessment.findings(), assessment.priorityNeeds(), actor(task)));
    projects.relink(projectId, assessment.recommendationIds(), assessment.rightsCategories());
  }
}
