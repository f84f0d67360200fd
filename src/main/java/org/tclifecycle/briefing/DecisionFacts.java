package org.tclifecycle.briefing;

import static org.tclifecycle.briefing.BriefingVariables.*;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
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
import org.tclifecycle.i18n.Labels;
import org.tclifecycle.i18n.Messages;
import org.tclifecycle.input.FormTexts;
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
    if (sections == null) {
      return; // not a decision task: its variables need not be read (a claim would load them for nothing)
    }
    Long projectId = task.hasVariable(ProjectVariables.PROJECT_ID) ? ProjectVariables.projectId(task) : null;
    if (projectId != null) {
      sections.forEach(section -> section.accept(task, projectId));
    }
  }

  void request(DelegateTask task, Long projectId) {
    Project project = projects.get(projectId);
    new Facts()
        .add("facts.requestingState", option("countryCode", project.getCountryCode()))
        .add("facts.requestingAuthority", project.getRequestingAuthority())
        .add("facts.receivedOn", project.getCreatedAt() == null ? null : project.getCreatedAt().atZone(ZoneOffset.UTC).toLocalDate())
        .add("facts.thematicArea", option("thematicArea", project.getThematicArea()))
        .add("facts.assistanceType", option("assistanceType", project.getAssistanceType()))
        .add("facts.summary", project.getSummary())
        .add("facts.rightsCategories", (Function<Locale, String>) language -> project.getRightsCategories().stream()
            .map(category -> option("rightsCategories", category).apply(language)).sorted().collect(Collectors.joining(", ")))
        .add("facts.recommendations", project.getRecommendationIds().isEmpty() ? words("facts.none")
            : project.getRecommendationIds().stream().sorted().collect(Collectors.joining(", ")))
        .add("facts.estimatedBudget", amount(project.getEstimatedBudget(), project.getCurrency()))
        .add("facts.preferredFund", option("preferredFund", project.getPreferredFund()))
        .putOn(task, REQUEST_FACTS);
  }

  void assessment(DelegateTask task, Long projectId) {
    List<NeedsAssessment> found = assessments.findByProjectId(projectId);
    NeedsAssessment latest = found.isEmpty() ? null : found.get(found.size() - 1);
    new Facts()
        .add("facts.findings", latest == null ? null : latest.getFindings())
        .add("facts.priorityNeeds", latest == null ? null : latest.getPriorityNeeds())
        .putOn(task, ASSESSMENT_FACTS);
  }

  void design(DelegateTask task, Long projectId) {
    List<ProjectDesign> found = designs.findByProjectIdOrderByIdAsc(projectId);
    ProjectDesign latest = found.isEmpty() ? null : found.get(found.size() - 1);
    Facts facts = new Facts();
    if (latest != null) {
      String currency = projects.get(projectId).getCurrency();
      facts.add("facts.objectives", latest.getObjectives())
          .add("facts.activities", latest.getActivities())
          .add("facts.indicators", latest.getIndicators())
          .add("facts.budget", amount(latest.getBudget(), currency))
          .add("facts.coFunding", amount(latest.getCoFunding(), currency))
          .add("facts.requestedAmount", amount(latest.getRequestedAmount(), currency))
          .add("facts.duration", words("facts.durationMonths", latest.getDurationMonths()));
    } else {
      facts.add("facts.design", null);
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
      Function<Locale, String> heard = language -> invitation.getConsultedOn() == null ? "" : Facts.date(invitation.getConsultedOn(), language)
          + (invitation.getMethod() == null ? "" : ", " + FormTexts.option("record-actor-input", "consultationMethod", invitation.getMethod().name(), language))
          + (jointWith.isEmpty() ? "" : ", " + Messages.text(language, "consultation.jointWith", jointWith));
      facts.row("stage", label(invitation.getStage()),
          "actor", (Function<Locale, String>) language -> invitation.getActor().getName() + " (" + Labels.of(invitation.getActor().getType(), language) + ")",
          "response", label(invitation.getResponse()),
          "heard", heard,
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
        .add("facts.rightsBalance", balance == null ? null : (Function<Locale, String>) language -> Labels.of("RightsBalance", balance.toString(), language))
        .add("facts.rightsJustification", justification == null ? words("facts.noneNeeded") : justification)
        .putOn(task, RIGHTS_FACTS);
  }

  void progress(DelegateTask task, Long projectId) {
    Facts facts = new Facts();
    int number = 0;
    for (ProgressReport report : progressReports.findByProjectIdOrderByIdAsc(projectId)) {
      if (report.getKind() == ProgressReport.Kind.PROGRESS) {
        number++;
        facts.add(words("facts.progressReport", number), report.getSummary())
            .add(words("facts.progressReportIndicators", number), report.getIndicatorProgress());
      }
    }
    if (number == 0) {
      facts.add("facts.progressReports", words("facts.noneYet"));
    }
    facts.putOn(task, PROGRESS_FACTS);
  }

  /** The label the request form shows for the value, in each language. */
  private static Function<Locale, String> option(String key, Object value) {
    return language -> value == null ? null : FormTexts.option(REQUEST_FORM, key, value instanceof Enum<?> constant ? constant.name() : value.toString(), language);
  }

  private static Function<Locale, String> label(Enum<?> constant) {
    return language -> Labels.of(constant, language);
  }

  /** The product's words for the code, in each language. */
  private static Function<Locale, String> words(String code, Object... args) {
    return language -> Messages.text(language, code, args);
  }

  /** An amount and its currency as each language writes them: 120,000.00 USD, 120 000,00 USD. */
  private static Function<Locale, String> amount(java.math.BigDecimal amount, String currency) {
    return amount == null ? null : words("amount", amount, currency);
  }
}
