package org.tclifecycle.execution;

import org.springframework.stereotype.Component;
import org.tclifecycle.project.JournalEntry;
import org.tclifecycle.project.JournalNoteForm;
import org.tclifecycle.project.ProjectService;

/** The manager's note on a project halted because the State withdrew its consent. */
@Component("reviewHaltedProjectForm")
class ReviewHaltedProjectForm extends JournalNoteForm {

  ReviewHaltedProjectForm(ProjectService projects) {
    super(projects, "review-halted-project", "haltNote", JournalEntry.Kind.HALT_REVIEW);
  }
}
