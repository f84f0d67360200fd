package org.tclifecycle.request;

import org.tclifecycle.i18n.Messages;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InvalidInputException;
import org.tclifecycle.project.JournalEntry;
import org.tclifecycle.project.ProjectService;
import org.tclifecycle.project.ProjectVariables;

/** The officer's completeness check of a request; an incomplete one names what is missing. */
@Component("screenRequestForm")
class ScreenRequestForm extends FormTaskListener {

  enum Outcome { COMPLETE, INCOMPLETE }

  static final String MISSING_INFORMATION = "missingInformation";

  private final ProjectService projects;

  ScreenRequestForm(ProjectService projects) {
    this.projects = projects;
  }

  @Override
  public String formId() {
    return "screen-request";
  }

  @Override
  protected Set<String> fieldsForTheProcess() {
    return Set.of(ProjectVariables.SCREENING_OUTCOME);
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(ProjectVariables.SCREENING_OUTCOME, MISSING_INFORMATION);
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    Outcome outcome = values.choice(ProjectVariables.SCREENING_OUTCOME, Outcome.class);
    String missing = values.text(MISSING_INFORMATION);
    if (outcome == null) {
      throw InvalidInputException.of(ProjectVariables.SCREENING_OUTCOME,
          values.errors().getOrDefault(ProjectVariables.SCREENING_OUTCOME, Messages.text("input.mustBeChosen")));
    }
    if (outcome == Outcome.INCOMPLETE && missing == null) {
      throw InvalidInputException.of(MISSING_INFORMATION, Messages.text("input.screening.missingInformation"));
    }
    projects.note(ProjectVariables.projectId(task), JournalEntry.Kind.SCREENING,
        outcome == Outcome.COMPLETE ? "Request complete" : missing, actor(task));
    task.setVariable(ProjectVariables.SCREENING_OUTCOME, outcome.name());
  }
}
