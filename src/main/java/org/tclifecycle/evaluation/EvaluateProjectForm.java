package org.tclifecycle.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;
import org.tclifecycle.project.ProjectVariables;

/** The officer's evaluation: lessons learned and good practices to share (resolution 21/21 §5, §13). */
@Component("evaluateProjectForm")
class EvaluateProjectForm extends FormTaskListener {

  static final String LESSONS = "lessonsLearned";
  static final String GOOD_PRACTICES = "goodPractices";

  record Lessons(@NotBlank @Size(max = 4000) String lessonsLearned, @NotBlank @Size(max = 4000) String goodPractices) {}

  private final EvaluationRepository evaluations;
  private final InputValidator validator;

  EvaluateProjectForm(EvaluationRepository evaluations, InputValidator validator) {
    this.evaluations = evaluations;
    this.validator = validator;
  }

  @Override
  public String formId() {
    return "evaluate-project";
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(LESSONS, GOOD_PRACTICES);
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    Lessons lessons = validator.validate(new Lessons(values.text(LESSONS), values.text(GOOD_PRACTICES)), values);
    evaluations.save(new Evaluation(ProjectVariables.projectId(task), lessons.lessonsLearned(), lessons.goodPractices(), actor(task)));
  }
}
