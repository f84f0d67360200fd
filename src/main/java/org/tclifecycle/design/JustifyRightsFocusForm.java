package org.tclifecycle.design;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;
import org.tclifecycle.project.JournalEntry;
import org.tclifecycle.project.ProjectService;
import org.tclifecycle.project.ProjectVariables;

/** The project touches one family of rights only: the officer records why, in the project's journal, before funding. */
@Component("justifyRightsFocusForm")
class JustifyRightsFocusForm extends FormTaskListener {

  static final String JUSTIFICATION = "rightsFocusJustification";

  record Justification(@NotBlank @Size(max = 4000) String rightsFocusJustification) {}

  private final ProjectService projects;
  private final InputValidator validator;

  JustifyRightsFocusForm(ProjectService projects, InputValidator validator) {
    this.projects = projects;
    this.validator = validator;
  }

  @Override
  public String formId() {
    return "justify-rights-focus";
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(JUSTIFICATION);
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    Justification justification = validator.validate(new Justification(values.text(JUSTIFICATION)), values);
    projects.note(ProjectVariables.projectId(task), JournalEntry.Kind.RIGHTS_FOCUS,
        task.getVariable(ProjectVariables.RIGHTS_BALANCE) + ": " + justification.rightsFocusJustification(), actor(task));
  }
}
