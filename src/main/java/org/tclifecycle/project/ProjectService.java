package org.tclifecycle.project;

import org.tclifecycle.i18n.Messages;
import java.util.Collection;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.input.InvalidInputException;

/** Creates cooperation projects and keeps their stage and status in step with the process. */
@Service
@Transactional
public class ProjectService {

  private final ProjectRepository projects;
  private final BusinessKeys businessKeys;
  private final ConsentGuard consentGuard;
  private final JournalRepository journal;
  private final StagePeriods periods;

  ProjectService(ProjectRepository projects, BusinessKeys businessKeys, ConsentGuard consentGuard, JournalRepository journal,
      StagePeriods periods) {
    this.projects = projects;
    this.businessKeys = businessKeys;
    this.consentGuard = consentGuard;
    this.journal = journal;
    this.periods = periods;
  }

  public Project register(CooperationRequest request, IntakeChannel channel, String processInstanceId) {
    return projects.save(new Project(businessKeys.next(), request, channel, processInstanceId));
  }

  @Transactional(readOnly = true)
  public Project get(Long projectId) {
    return projects.findById(projectId).orElseThrow(() -> new IllegalStateException("No project " + projectId));
  }

  public void enterStage(Long projectId, ProjectStage stage) {
    if (stage.requiresConsent() && !consentGuard.hasConsent(projectId)) {
      throw new IllegalStateException(
          "Project " + projectId + " cannot enter " + stage + ": the State's consent is not on record");
    }
    Project project = get(projectId);
    periods.moved(projectId, project.getStage(), stage);
    project.moveTo(stage);
  }

  public void end(Long projectId, ProjectStatus outcome) {
    Project project = get(projectId);
    periods.moved(projectId, project.getStage(), ProjectStage.ENDED);
    project.end(outcome);
  }

  public void relink(Long projectId, Collection<String> recommendationIds, Set<RightsCategory> categories) {
    get(projectId).relink(Set.copyOf(recommendationIds), categories);
  }

  public void recordDesigner(Long projectId, String userId) {
    get(projectId).designedBy(userId);
  }

  /** Four eyes (resolution 21/21 §15): whoever designed a project may not decide its funding. */
  public void requireNotDesigner(Long projectId, String userId) {
    String designer = get(projectId).getDesignedBy();
    if (userId != null && userId.equals(designer)) {
      throw new FourEyesViolation(userId, get(projectId).getBusinessKey());
    }
  }

  public void note(Long projectId, JournalEntry.Kind kind, String note, String userId) {
    if (note != null && note.length() > 4000) {
      throw InvalidInputException.of("note", Messages.text("input.maxChars", 4000));
    }
    journal.save(new JournalEntry(projectId, kind, note == null ? "" : note, userId));
  }
}
