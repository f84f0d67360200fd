package org.tclifecycle.request;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.tclifecycle.notification.Notification;
import org.tclifecycle.notification.Outbox;
import org.tclifecycle.project.JournalEntry;
import org.tclifecycle.project.JournalRepository;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectService;
import org.tclifecycle.project.ProjectVariables;

/** Tells the requester what the screening found missing, with the completion deadline. */
@Component("askForMissingInformation")
class AskForMissingInformation implements JavaDelegate {

  private final ProjectService projects;
  private final JournalRepository journal;
  private final Outbox outbox;

  AskForMissingInformation(ProjectService projects, JournalRepository journal, Outbox outbox) {
    this.projects = projects;
    this.journal = journal;
    this.outbox = outbox;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Project project = projects.get(ProjectVariables.projectId(execution));
    List<JournalEntry> entries = journal.findByProjectIdOrderByIdAsc(project.getId());
    String missing = entries.stream()
        .filter(entry -> entry.getKind() == JournalEntry.Kind.SCREENING)
        .reduce((first, second) -> second)
        .map(JournalEntry::getNote)
        .orElse("see the screening note");
    outbox.queue(project, Notification.Kind.MISSING_INFORMATION, "The request is incomplete. Please provide: " + missing);
  }
}
