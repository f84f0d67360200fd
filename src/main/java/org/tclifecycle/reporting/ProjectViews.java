package org.tclifecycle.reporting;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.consent.ConsentRepository;
import org.tclifecycle.consultation.ConsultationInvitations;
import org.tclifecycle.consultation.ConsultationRoundRepository;
import org.tclifecycle.followup.RecommendationFollowUp;
import org.tclifecycle.followup.RecommendationFollowUpRepository;
import org.tclifecycle.funding.BoardReferrals;
import org.tclifecycle.funding.FundingDecisionRepository;
import org.tclifecycle.project.Project;
import org.tclifecycle.web.ApiCaller;

/** Assembles a project's view from the stage records and its open tasks. */
@Service
@Transactional(readOnly = true)
class ProjectViews {

  private final ConsentRepository consents;
  private final ConsultationRoundRepository consultations;
  private final RecommendationFollowUpRepository followUps;
  private final FundingDecisionRepository fundingDecisions;
  private final BoardReferrals boardReferrals;
  private final TaskService taskService;
  private final ApiCaller caller;
  private final IndicatorProgress indicators;
  private final ConsultationInvitations invitations;

  ProjectViews(ConsentRepository consents, ConsultationRoundRepository consultations,
      RecommendationFollowUpRepository followUps, FundingDecisionRepository fundingDecisions, BoardReferrals boardReferrals, TaskService taskService, ApiCaller caller,
      IndicatorProgress indicators, ConsultationInvitations invitations) {
    this.invitations = invitations;
    this.boardReferrals = boardReferrals;
    this.indicators = indicators;
    this.consents = consents;
    this.consultations = consultations;
    this.followUps = followUps;
    this.fundingDecisions = fundingDecisions;
    this.taskService = taskService;
    this.caller = caller;
  }

  ProjectView of(Project project) {
    ProjectView.Consent consent = consents.findFirstByProjectIdOrderByIdDesc(project.getId())
        .map(c -> new ProjectView.Consent(c.getDecision().name(), c.getSignatory(), c.getDecidedOn(), c.getReference(), c.getChannel().name()))
        .orElse(null);
    Map<String, String> latestStatus = followUps.findByProjectIdOrderByIdAsc(project.getId()).stream()
        .collect(Collectors.toMap(RecommendationFollowUp::getRecommendationId, f -> f.getStatus().name(), (older, newer) -> newer));
    return new ProjectView(project.getBusinessKey(), project.getCountryCode(), project.getRequestingAuthority(),
        project.getThematicArea().name(), project.getAssistanceType().name(), project.getPreferredFund().name(),
        project.getEstimatedBudget(), project.getCurrency(),
        project.getRightsCategories().stream().map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new)),
        project.getStage().name(), project.getStatus().name(), project.getCreatedAt(), consent, openTasks(project),
        consultations.findByProjectIdOrderByIdAsc(project.getId()).stream()
            .map(round -> new ProjectView.Consultation(round.getStage().name(),
                round.getActorTypes().stream().map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new)),
                round.getConsultedOn(), round.getParticipants(),
                invitations.jointInputs(round.getConsultationInstanceId())))
            .toList(),
        project.getRecommendationIds().stream().sorted()
            .map(id -> new ProjectView.Recommendation(id, latestStatus.get(id))).toList(),
        fundingDecisions.findByProjectIdOrderByIdAsc(project.getId()).stream().reduce((older, newer) -> newer)
            .map(d -> new ProjectView.Funding(d.getDecision().name(), d.getFund() == null ? null : d.getFund().name(), d.getAmount(),
                d.getRecommendedAllocation(), d.isOverridden(), d.isAgainstBoardAdvice()))
            .orElse(null),
        boardReferrals.latest(project.getId()).orElse(null),
        indicators.of(project.getId()).stream().map(ProjectView.Indicator::of).toList());
  }

  private List<ProjectView.OpenTask> openTasks(Project project) {
    return caller.asSystem(() -> taskService.createTaskQuery().processInstanceBusinessKey(project.getBusinessKey())
        .listPage(0, 50).stream()
        .sorted(Comparator.comparing(task -> task.getCreateTime()))
        .map(task -> new ProjectView.OpenTask(task.getName(),
            taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList(),
            task.getDueDate()))
        .toList());
  }
}
