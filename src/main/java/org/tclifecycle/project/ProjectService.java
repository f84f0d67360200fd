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
  private final ProjectTallies tallies;

  ProjectService(ProjectRepository projects, BusinessKeys businessKeys, ConsentGuard consentGuard, JournalRepository journal,
      StagePeriods periods, ProjectTallies tallies) {
    this.projects = projects;
    this.businessKeys = businessKeys;
    this.consentGuard = consentGuard;
    this.journal = journal;
    this.periods = periods;
    this.tallies = tallies;
  }

  public Project register(CooperationRequest request, IntakeChannel channel, String processInstanceId) {
    Project project = projects.save(new Project(businessKeys.next(), request, channel, processInstanceId));
    tallies.add(project.getId(), ProjectTallies.PROJECTS, ProjectTallies.stageItem(project.getStage(), project.getStatus()), 1);
    project.getRecommendationIds().forEach(recommendation -> tallies.add(project.getId(), ProjectTallies.RECOMMENDATION_STATUS,
        tallies.latestStatus(project.getId(), recommendation), 1));
    return project;
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
    tallies.move(projectId, ProjectTallies.PROJECTS, ProjectTallies.stageItem(project.getStage(), project.getStatus()),
        ProjectTallies.stageItem(stage, project.getStatus()));
    project.moveTo(stage);
  }

  public void end(Long projectId, ProjectStatus outcome) {
    Project project = get(projectId);
    periods.moved(projectId, project.getStage(), ProjectStage.ENDED);
    tallies.move(projectId, ProjectTallies.PROJECTS, ProjectTallies.stageItem(project.getStage(), project.getStatus()),
        ProjectTallies.stageItem(ProjectStage.ENDED, outcome));
    project.end(outcome);
  }

  public void relink(Long projectId, Collection<String> recommendationIds, Set<RightsCategory> categories) {
    tallies.lockProject(projectId);
    Project project = get(projectId);
    Set<String> before = project.getRecommendationIds();
    Set<String> after = Set.copyOf(recommendationIds);
    before.stream().filter(id -> !after.contains(id)).forEach(id -> tallies.add(projectId, ProjectTallies.RECOMMENDATION_STATUS,
        tallies.latestStatus(projectId, id), -1));
    after.stream().filter(id -> !before.contains(id)).forEach(id -> tallies.add(projectId, ProjectTallies.RECOMMENDATION_STATUS,
        tallies.latestStatus(projectId, id), 1));
    project.relink(after, categories);
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
