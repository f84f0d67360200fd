package org.tclifecycle.evaluation;

import org.springframework.stereotype.Component;
import org.tclifecycle.project.JournalEntry;
import org.tclifecycle.project.JournalNoteForm;
import org.tclifecycle.project.ProjectService;

/** The manager's closing note; the end event then marks the project closed. */
@Component("closeProjectForm")
class CloseProjectForm extends JournalNoteForm {

  CloseProjectForm(ProjectService projects) {
    super(projects, "close-project", "closureNote", JournalEntry.Kind.CLOSURE);
  }
}
