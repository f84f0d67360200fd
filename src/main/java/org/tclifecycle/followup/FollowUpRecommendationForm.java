package org.tclifecycle.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;
import org.tclifecycle.project.ProjectVariables;

/** The officer reports the implementation status of one linked UPR recommendation, with evidence; every report is kept. */
@Component("followUpRecommendationForm")
class FollowUpRecommendationForm extends FormTaskListener {

  static final String STATUS = "implementationStatus";
  static final String EVIDENCE = "evidence";

  record FollowUp(
      @NotBlank String recommendationId,
      @NotNull ImplementationStatus implementationStatus,
      @NotBlank @Size(max = 4000) String evidence) {}

  private final FollowUpRecords followUps;
  private final InputValidator validator;

  FollowUpRecommendationForm(FollowUpRecords followUps, InputValidator validator) {
    this.followUps = followUps;
    this.validator = validator;
  }

  @Override
  public String formId() {
    return "follow-up-recommendation";
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(ProjectVariables.RECOMMENDATION_ID, STATUS, EVIDENCE);
  }

  /** The same form serves the periodic reviews (upr-follow-up) and the final one (cooperation-project). */
  private static FollowUpSource source(DelegateTask task) {
    String process = task.getProcessDefinitionId();
    return process != null && process.startsWith(RecommendationFollowUpProcess.PROCESS + ":")
        ? FollowUpSource.PERIODIC_REVIEW : FollowUpSource.FINAL_REVIEW;
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    FollowUp followUp = validator.validate(new FollowUp(
        values.text(ProjectVariables.RECOMMENDATION_ID),
        values.choice(STATUS, ImplementationStatus.class),
        values.text(EVIDENCE)), values);
    followUps.save(new RecommendationFollowUp(ProjectVariables.projectId(task), followUp.recommendationId(),
        followUp.implementationStatus(), followUp.evidence(), source(task), actor(task)));
  }
}
