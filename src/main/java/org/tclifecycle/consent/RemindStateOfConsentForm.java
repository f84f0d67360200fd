package org.tclifecycle.consent;

import org.springframework.stereotype.Component;
import org.tclifecycle.notification.Notification;
import org.tclifecycle.notification.Outbox;
import org.tclifecycle.project.JournalEntry;
import org.tclifecycle.project.JournalNoteForm;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectService;

/** The officer's reminder to a State whose consent is pending; the note is also sent to the State. */
@Component("remindStateOfConsentForm")
class RemindStateOfConsentForm extends JournalNoteForm {

  private final Outbox outbox;

  RemindStateOfConsentForm(ProjectService projects, Outbox outbox) {
    super(projects, "remind-state-of-consent", "reminderNote", JournalEntry.Kind.CONSENT_REMINDER);
    this.outbox = outbox;
  }

  @Override
  protected void afterNote(Project project, String note) {
    outbox.queue(project, Notification.Kind.CONSENT_REMINDER, note);
  }
}
