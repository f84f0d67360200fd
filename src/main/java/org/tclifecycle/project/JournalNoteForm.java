package org.tclifecycle.project;

import org.tclifecycle.i18n.Messages;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InvalidInputException;

/** A task whose form holds one required note that goes into the project's journal. */
public abstract class JournalNoteForm extends FormTaskListener {

  private final ProjectService projects;
  private final String formId;
  private final String noteField;
  private final JournalEntry.Kind kind;

  protected JournalNoteForm(ProjectService projects, String formId, String noteField, JournalEntry.Kind kind) {
    this.projects = projects;
    this.formId = formId;
    this.noteField = noteField;
    this.kind = kind;
  }

  @Override
  public String formId() {
    return formId;
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(noteField);
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    String note = values.text(noteField);
    if (note == null) {
      throw InvalidInputException.of(noteField, Messages.text("input.notEmpty"));
    }
    Long projectId = ProjectVariables.projectId(task);
    projects.note(projectId, kind, note, actor(task));
    afterNote(projects.get(projectId), note);
  }

  /** Hook for work that follows the note, such as telling the State. */
  protected void afterNote(Project project, String note) {}
}
