package org.tclifecycle.briefing;

import java.util.Map;

/** What each user task asks of the person, shown in Tasklist's Description tab; by BPMN task id. */
final class TaskDescriptions {

  static final Map<String, String> BY_TASK = Map.ofEntries(
      Map.entry("Task_ScreenRequest", "Read the State's request shown on the form and decide whether it is complete: requesting authority, scope, rights concerned and budget. If something is missing, say what; the requester is asked for it."),
      Map.entry("Task_RecordConsent", "Record the State's decision on consent as it reached OHCHR (note verbale or letter): who signed, when, and what the State agreed to. Cooperation starts only with consent."),
      Map.entry("Task_RemindStateOfConsent", "The State has not answered the request for consent. Remind the permanent mission and record what was done."),
      Map.entry("Task_AssessNeeds", "Assess the needs with the State and national actors: findings, priority needs, and the UPR recommendations the project answers."),
      Map.entry("Task_DesignProject", "Design the project from the needs assessment shown on the form: objectives, activities, indicators, budget and duration."),
      Map.entry("Task_JustifyRightsFocus", "The design addresses one family of rights only. Explain why (resolution 21/21, §7: rights are interdependent); the manager reads it before deciding funding."),
      Map.entry("Task_DecideFunding", "Decide the funding against the published criteria. The form shows the request, needs, design, budget, what national actors said and the rights justification. You may not decide on a project you designed."),
      Map.entry("Task_ReviewExecution", "Review the execution against the indicators and progress reports shown on the form, and say whether the project is on track."),
      Map.entry("Task_ReportProgress", "Report the progress of the project since the last report, and the progress on each indicator."),
      Map.entry("Task_RecordExecutionEnd", "Record that the activities have ended and summarise what was delivered."),
      Map.entry("Task_DecideAmendment", "Decide on the requested amendment of the project."),
      Map.entry("Task_ReviewHaltedProject", "The project was halted. Review the situation and decide how it continues."),
      Map.entry("Task_FollowUpRecommendation", "Record how far the State has implemented this UPR recommendation, with the evidence."),
      Map.entry("Task_EvaluateProject", "Evaluate the project: lessons learned and good practices worth sharing."),
      Map.entry("Task_CloseProject", "Close the project with a closing note once the evaluation is done."),
      Map.entry("Task_PlanConsultation", "Invite the national actors for this consultation round. The form lists the actor types the coverage table requires for this project and stage."),
      Map.entry("Task_RecordActorInput", "Record what this national actor said, how and when they were heard, and how their input was reflected."),
      Map.entry("Task_ResolveMissingActors", "Some required actor types were not heard. Invite others or ask for an exception."),
      Map.entry("Task_DecideException", "Decide whether the consultation may go on without the missing actor types (four eyes)."),
      Map.entry("Task_ReportRecommendationStatus", "Report the implementation status of the UPR recommendation."));

  private TaskDescriptions() {}
}
