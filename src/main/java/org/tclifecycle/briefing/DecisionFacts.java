package org.tclifecycle.briefing;

import static org.tclifecycle.briefing.BriefingVariables.*;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.assessment.NeedsAssessment;
import org.tclifecycle.assessment.NeedsAssessmentRepository;
import org.tclifecycle.consultation.ConsultationInvitation;
import org.tclifecycle.consultation.ConsultationInvitationRepository;
import org.tclifecycle.design.ProjectDesign;
import org.tclifecycle.design.ProjectDesignRepository;
import org.tclifecycle.execution.ProgressReport;
import org.tclifecycle.execution.ProgressReportRepository;
import org.tclifecycle.input.AmountText;
import org.tclifecycle.i18n.Messages;
import org.tclifecycle.input.FormLabels;
import org.tclifecycle.project.JournalEntry;
import org.tclifecycle.project.JournalRepository;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectService;
import org.tclifecycle.project.ProjectVariables;

/**
 * Puts on each decision task the facts it decides on, read from the stage records when the task is created:
 * the request at screening, the needs assessment at design, design, budget, needs, consultation inputs and
 * the rights justification at funding, indicators and progress at the execution review.
 */
@Component
public class DecisionFacts {

  private static final String REQUEST_FORM = "register-request";

  private final Map<String, List<BiConsumer<DelegateTask, Long>>> byTask;
  private final ProjectService projects;
  private final NeedsAssessmentRepository assessments;
  private final ProjectDesignRepository designs;
  private final ConsultationInvitationRepository invitations;
  private final JournalRepository journal;
  private final ProgressReportRepository progressReports;

  DecisionFacts(ProjectService projects, NeedsAssessmentRepository assessments, ProjectDesignRepository designs,
      ConsultationInvitationRepository invitations, JournalRepository journal, ProgressReportRepository progressReports) {
    this.projects = projects;
    this.assessments = assessments;
    this.designs = designs;
    this.invitations = invitations;
    this.journal = journal;
    this.progressReports = progressReports;
    this.byTask = Map.of(
        "Task_ScreenRequest", List.of(this::request),
        "Task_DesignProject", List.of(this::request, this::assessment),
        "Task_DecideFunding", List.of(this::request, this::assessment, this::design, this::consultation, this::rightsFocus),
        "Task_ReviewExecution", List.of(this::design, this::progress));
  }

  /** Sets the facts variables of the task, if it is a decision task of a project. */
  public void brief(DelegateTask task) {
    List<BiConsumer<DelegateTask, Long>> sections = byTask.get(task.getTaskDefinitionKey());
    Long projectId = task.hasVariable(ProjectVariables.PROJECT_ID) ? ProjectVariables.projectId(task) : null;
    if (sections != null && projectId != null) {
      sections.forEach(section -> section.accept(task, projectId));
    }
  }

  void request(DelegateTask task, Long projectId) {
    Project project = projects.get(projectId);
    new Facts()
        .add("Requesting State", FormLabels.option(REQUEST_FORM, "countryCode", project.getCountryCode()))
        .add("Requesting authority", project.getRequestingAuthority())
        .add("Received on", project.getCreatedAt() == null ? null : project.getCreatedAt().atZone(ZoneOffset.UTC).toLocalDate())
        .add("Thematic area", option("thematicArea", project.getThematicArea()))
        .add("Type of assistance", option("assistanceType", project.getAssistanceType()))
        .add("Summary of the request", project.getSummary())
        .add("Rights categories affected", project.getRightsCategories().stream()
            .map(category -> option("rightsCategories", category)).sorted().collect(Collectors.joining(", ")))
        .add("UPR recommendations addressed", project.getRecommendationIds().isEmpty() ? "none"
            : project.getRecommendationIds().stream().sorted().collect(Collectors.joining(", ")))
        .add("Estimated budget", amount(project.getEstimatedBudget(), project.getCurrency()))
        .add("Preferred fund", option("preferredFund", project.getPreferredFund()))
        .putOn(task, REQUEST_FACTS);
  }

  void assessment(DelegateTask task, Long projectId) {
    List<NeedsAssessment> found = assessments.findByProjectId(projectId);
    NeedsAssessment latest = found.isEmpty() ? null : found.get(found.size() - 1);
    new Facts()
        .add("Findings", latest == null ? null : latest.getFindings())
        .add("Priority needs", latest == null ? null : latest.getPriorityNeeds())
        .putOn(task, ASSESSMENT_FACTS);
  }

  void design(DelegateTask task, Long projectId) {
    List<ProjectDesign> found = designs.findByProjectIdOrderByIdAsc(projectId);
    ProjectDesign latest = found.isEmpty() ? null : found.get(found.size() - 1);
    Facts facts = new Facts();
    if (latest != null) {
      String currency = projects.get(projectId).getCurrency();
      facts.add("Objectives", latest.getObjectives())
          .add("Activities", latest.getActivities())
          .add("Indicators", latest.getIndicators())
          .add("Budget", amount(latest.getBudget(), currency))
          .add("Co-funding", amount(latest.getCoFunding(), currency))
          .add("Asked of the fund", amount(latest.getRequestedAmount(), currency))
          .add("Duration", latest.getDurationMonths() + " months");
    } else {
      facts.add("Design", null);
    }
    facts.putOn(task, DESIGN_FACTS);
  }

  void consultation(DelegateTask task, Long projectId) {
    Facts facts = new Facts();
    List<ConsultationInvitation> all = invitations.findByProjectIdOrderByIdAsc(projectId);
    for (ConsultationInvitation invitation : all) {
      String jointWith = all.stream()
          .filter(other -> invitation.isJoint() && invitation.getJointInputOf().equals(other.getJointInputOf()) && other != invitation)
          .map(other -> other.getActor().getName()).collect(Collectors.joining(", "));
      facts.row("stage", inWords(invitation.getStage().name()),
          "actor", invitation.getActor().getName() + " (" + invitation.getActor().getType().label() + ")",
          "response", inWords(invitation.getResponse().name()),
          "heard", invitation.getConsultedOn() == null ? "" : invitation.getConsultedOn().toString()
              + (invitation.getMethod() == null ? "" : ", " + FormLabels.option("record-actor-input", "consultationMethod", invitation.getMethod().name()))
              + (jointWith.isEmpty() ? "" : ", " + Messages.text("consultation.jointWith", jointWith)),
          "input", invitation.getInputSummary(),
          "reflection", invitation.getReflection());
    }
    facts.putOn(task, CONSULTATION_FACTS);
  }

  void rightsFocus(DelegateTask task, Long projectId) {
    Object balance = task.getVariable(ProjectVariables.RIGHTS_BALANCE);
    String justification = journal.findByProjectIdOrderByIdAsc(projectId).stream()
        .filter(entry -> entry.getKind() == JournalEntry.Kind.RIGHTS_FOCUS)
        .max(Comparator.comparing(JournalEntry::getId))
        .map(entry -> entry.getNote().replaceFirst("^[A-Z_]+: ", "")).orElse(null);
    new Facts()
        .add("Rights balance", balance == null ? null : inWords(balance.toString()))
        .add("Justification of the rights focus", justification == null ? "none needed" : justification)
        .putOn(task, RIGHTS_FACTS);
  }

  void progress(DelegateTask task, Long projectId) {
    Facts facts = new Facts();
    int number = 0;
    for (ProgressReport report : progressReports.findByProjectIdOrderByIdAsc(projectId)) {
      if (report.getKind() == ProgressReport.Kind.PROGRESS) {
        number++;
        facts.add("Progress report " + number, report.getSummary())
            .add("Progress report " + number + ": indicators", report.getIndicatorProgress());
      }
    }
    if (number == 0) {
      facts.add("Progress reports", "none yet");
    }
    facts.putOn(task, PROGRESS_FACTS);
  }

  private static String option(String key, Enum<?> value) {
    return value == null ? null : FormLabels.option(REQUEST_FORM, key, value.name());
  }

  private static String amount(java.math.BigDecimal amount, String currency) {
    return amount == null ? null : AmountText.format(amount.doubleValue()) + " " + currency;
  }

  /** A code such as ONLY_CIVIL_POLITICAL in words: "Only civil political". */
  static String inWords(String code) {
    String words = code.replace('_', ' ').toLowerCase();
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
