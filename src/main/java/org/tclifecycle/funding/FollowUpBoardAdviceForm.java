package org.tclifecycle.funding;

import org.springframework.stereotype.Component;
import org.tclifecycle.project.JournalEntry;
import org.tclifecycle.project.JournalNoteForm;
import org.tclifecycle.project.ProjectService;

/** The planned Board session passed without advice: a manager notes how it was followed up with the secretariat. */
@Component("followUpBoardAdviceForm")
class FollowUpBoardAdviceForm extends JournalNoteForm {

  FollowUpBoardAdviceForm(ProjectService projects) {
    super(projects, "follow-up-board-advice", "boardFollowUpNote", JournalEntry.Kind.BOARD_FOLLOW_UP);
  }
}
