package org.tclifecycle.project;

import static org.tclifecycle.project.Milestone.CONSENT_GIVEN;
import static org.tclifecycle.project.Milestone.CONSULTED_ON_ASSESSMENT;
import static org.tclifecycle.project.Milestone.CONSULTED_ON_DESIGN;
import static org.tclifecycle.project.Milestone.DESIGNED;
import static org.tclifecycle.project.Milestone.EVALUATED;
import static org.tclifecycle.project.Milestone.FUNDING_APPROVED;
import static org.tclifecycle.project.Milestone.NEEDS_ASSESSED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.tclifecycle.i18n.Languages;
import org.tclifecycle.i18n.Messages;
import org.tclifecycle.i18n.TaskNames;

/**
 * The domain defends itself: whatever moves a project (Tasklist, Camunda's REST API, a message, Cockpit, an
 * administrator's instance modification), an activity of the cooperation project starts only when the
 * stage's prerequisites are on record in the domain database, not in process variables. The check runs as a
 * built-in start listener ({@link StageGatePlugin}), which even a modification that skips listeners runs.
 * An activity without an entry here takes the rule of the nearest enclosing one that has one.
 */
@Component
public class StageGate {

  private static final Set<Milestone> AFTER_CONSENT = EnumSet.of(CONSENT_GIVEN);
  private static final Set<Milestone> ASSESSED = EnumSet.of(CONSENT_GIVEN, NEEDS_ASSESSED);
  private static final Set<Milestone> AFTER_ASSESSMENT = EnumSet.of(CONSENT_GIVEN, NEEDS_ASSESSED, CONSULTED_ON_ASSESSMENT);
  private static final Set<Milestone> AFTER_DESIGN = EnumSet.of(CONSENT_GIVEN, NEEDS_ASSESSED, CONSULTED_ON_ASSESSMENT, DESIGNED,
      CONSULTED_ON_DESIGN);
  private static final Set<Milestone> IN_EXECUTION = EnumSet.of(CONSENT_GIVEN, NEEDS_ASSESSED, CONSULTED_ON_ASSESSMENT, DESIGNED,
      CONSULTED_ON_DESIGN, FUNDING_APPROVED);
  /** Handling a withdrawal: consent is no longer on record, everything before it still is. */
  private static final Set<Milestone> HALTING = EnumSet.of(NEEDS_ASSESSED, CONSULTED_ON_ASSESSMENT, DESIGNED, CONSULTED_ON_DESIGN,
      FUNDING_APPROVED);
  private static final Set<Milestone> CONSULTED_ON_EVALUATION = EnumSet.complementOf(EnumSet.of(Milestone.EVALUATED));
  private static final Set<Milestone> AFTER_EVALUATION = EnumSet.allOf(Milestone.class);

  static final Map<String, Set<Milestone>> PREREQUISITES = Map.ofEntries(
      Map.entry("Task_AssessNeeds", AFTER_CONSENT),
      Map.entry("CallActivity_ConsultOnAssessment", ASSESSED),
      Map.entry("Task_DesignProject", AFTER_ASSESSMENT),
      Map.entry("CallActivity_ConsultOnDesign", EnumSet.of(CONSENT_GIVEN, NEEDS_ASSESSED, CONSULTED_ON_ASSESSMENT, DESIGNED)),
      Map.entry("Task_CheckRightsBalance", AFTER_DESIGN),
      Map.entry("Task_JustifyRightsFocus", AFTER_DESIGN),
      Map.entry("Task_EvaluateFundingCriteria", AFTER_DESIGN),
      Map.entry("Task_DecideFunding", AFTER_DESIGN),
      Map.entry("SubProcess_BoardReferral", AFTER_DESIGN),
      Map.entry("Event_FollowUpStarted", IN_EXECUTION),
      Map.entry("SubProcess_ExecuteProject", IN_EXECUTION),
      Map.entry("SubProcess_ConsentWithdrawn", HALTING),
      Map.entry("Event_ExecutionHalted", HALTING),
      Map.entry("Task_ReviewHaltedProject", HALTING),
      Map.entry("EndEvent_ProjectHalted", HALTING),
      Map.entry("Event_ExecutionEnded", IN_EXECUTION),
      Map.entry("Task_FollowUpRecommendation", IN_EXECUTION),
      Map.entry("CallActivity_ConsultOnEvaluation", IN_EXECUTION),
      Map.entry("Task_EvaluateProject", CONSULTED_ON_EVALUATION),
      Map.entry("Task_CloseProject", AFTER_EVALUATION),
      Map.entry("EndEvent_ProjectClosed", AFTER_EVALUATION));

  private final Map<Milestone, Milestone.Records> records = new EnumMap<>(Milestone.class);
  private final ProjectRepository projects;

  StageGate(List<Milestone.Records> records, ProjectRepository projects) {
    this.projects = projects;
    records.forEach(r -> this.records.put(r.milestone(), r));
    if (this.records.size() != Milestone.values().length) {
      throw new IllegalStateException("Every milestone needs its records: " + this.records.keySet());
    }
  }

  /** Refuses the start of an activity whose prerequisites are not on record. */
  void check(DelegateExecution execution, Set<Milestone> required) {
    Object projectId = execution.getVariable(ProjectVariables.PROJECT_ID);
    if (!(projectId instanceof Number id)) {
      throw new StagePrerequisiteMissing(Messages.text("refusal.stage.noProject", activityName(execution)));
    }
    List<Milestone> missing = required.stream().filter(m -> !records.get(m).reached(id.longValue())).toList();
    if (!missing.isEmpty()) {
      Locale language = Languages.current();
      throw new StagePrerequisiteMissing(Messages.text(language, "refusal.stage.missing", activityName(execution),
          execution.getProcessBusinessKey(), missing.stream().map(m -> m.words(language)).collect(Collectors.joining(Messages.text(language, "refusal.stage.separator"))),
          missing.size()));
    }
  }

  /** Refuses to start a consultation or follow-up that belongs to no registered project. */
  void requireProject(DelegateExecution execution) {
    Object projectId = execution.getVariable(ProjectVariables.PROJECT_ID);
    if (!(projectId instanceof Number id) || !projects.existsById(id.longValue())) {
      throw new StagePrerequisiteMissing(Messages.text("refusal.stage.projectOnly", execution.getProcessDefinitionId().split(":")[0]));
    }
  }

  private static String activityName(DelegateExecution execution) {
    String name = execution.getCurrentActivityName();
    return name == null ? execution.getCurrentActivityId()
        : TaskNames.translate(execution.getCurrentActivityId(), name, Languages.current());
  }
}
