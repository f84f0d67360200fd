package org.tclifecycle.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One cooperation project from request to closure through the product's public HTTP APIs: the external
 * system's request and consent over /api, officers' and managers' tasks as Tasklist works them over
 * /engine-rest, four consultations with three invited actors each. 26 user tasks in all.
 */
final class ProductLifecycle {

  static final int USER_TASKS = 26;
  static final String RECOMMENDATION = "5b2e7f0c-3d4a-4e1b-9c8d-7a6f5e4d3c2b";

  private final Api api;
  private final Tasklist tasklist;
  private final List<String> invitedActors;

  ProductLifecycle(Api api, List<String> invitedActors) {
    this.api = api;
    this.tasklist = new Tasklist(api);
    this.invitedActors = invitedActors;
  }

  /** Government, the NHRI and one civil-society organisation of Kenya in the demo registry: what coverage requires here. */
  static List<String> actorsToInvite(Api api) {
    JsonNode actors = api.call(null, "officer1", "GET", "/api/actors?country=KE", null, 200);
    List<String> ids = new java.util.ArrayList<>();
    for (String type : List.of("GOVERNMENT", "NHRI", "CIVIL_SOCIETY")) {
      for (JsonNode actor : actors) {
        if (actor.get("type").asText().equals(type)) {
          ids.add(actor.get("id").asText());
          break;
        }
      }
    }
    if (ids.size() != 3) {
      throw new IllegalStateException("The demo registry lacks actors for KE: " + actors);
    }
    return ids;
  }

  static Map<String, Object> request() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("countryCode", "KE");
    body.put("requestingAuthority", "Ministry of Justice");
    body.put("thematicArea", "NON_DISCRIMINATION");
    body.put("assistanceType", "CAPACITY_BUILDING");
    body.put("summary", "Strengthen the equality body's complaint handling.");
    body.put("recommendationIds", List.of(RECOMMENDATION));
    body.put("rightsCategories", List.of("CIVIL", "SOCIAL"));
    body.put("estimatedBudget", 45000);
    body.put("currency", "USD");
    body.put("preferredFund", "VOLUNTARY_FUND_TECHNICAL_COOPERATION");
    return body;
  }

  /** The design as an officer enters it, with one outcome indicator (Design project requires one at least). */
  private static Map<String, Object> design() {
    Map<String, Object> design = new LinkedHashMap<>(Map.of("objectives", "Halve complaint handling time.",
        "activities", "Train staff; case management.", "indicators", "Median days per complaint.", "budget", 40000, "durationMonths", 12));
    design.putAll(Map.of("indicator1Type", "OUTCOME", "indicator1Title", "Median days to handle a complaint",
        "indicator1Measure", "UNIT", "indicator1BaselineValue", 700, "indicator1BaselineYear", LocalDate.now().getYear() - 1,
        "indicator1TargetValue", 350, "indicator1TargetDate", LocalDate.now().plusMonths(12).toString(),
        "indicator1Source", "The commission's case register", "indicator1Recommendations", List.of()));
    return design;
  }

  void run() {
    String key = api.call("api-request", "external1", "POST", "/api/requests", request(), 201).get("businessKey").asText();
    tasklist.work(key, "Task_ScreenRequest", "officer1", Map.of("screeningOutcome", "COMPLETE"));
    tasklist.await(key, "Task_RecordConsent", "officer1");
    api.call("api-consent", "external1", "POST", "/api/requests/" + key + "/consent", Map.of("decision", "GIVEN",
        "signatory", "H.E. the Minister", "date", LocalDate.now().minusDays(1).toString(), "reference", "NV/2026/1"), 200);
    tasklist.work(key, "Task_AssessNeeds", "officer1", Map.of("findings", "Complaints take two years.",
        "priorityNeeds", "Case management.", "recommendationIds", RECOMMENDATION, "rightsCategories", List.of("CIVIL", "SOCIAL")));
    consult(key);
    tasklist.work(key, "Task_DesignProject", "officer1", design());
    consult(key);
    JsonNode funding = tasklist.work(key, "Task_DecideFunding", "manager1",
        Map.of("fundingDecision", "APPROVE", "fundingJustification", "Meets the criteria.")).get(0);
    progressReportFallsDue(funding.get("processInstanceId").asText());
    tasklist.work(key, "Task_ReportProgress", "officer1", Map.of("progressSummary", "Staff trained.", "indicatorProgress", "Down to 14 months.",
        "indicator1Actual", 420, "expenditure", 15000));
    tasklist.work(key, "Task_ReviewExecution", "officer1", Map.of("reviewSummary", "On track.", "indicatorProgress", "Down to 12 months.",
        "indicator1Actual", 380));
    consult(key);
    tasklist.work(key, "Task_RecordExecutionEnd", "officer1", Map.of("endSummary", "All activities delivered.",
        "indicator1Actual", 360, "indicator1ActualComment", "Register of March", "expenditure", 24000));
    tasklist.work(key, "Task_FollowUpRecommendation", "officer1", Map.of("implementationStatus", "PARTIALLY_IMPLEMENTED", "evidence", "Law adopted."));
    consult(key);
    tasklist.work(key, "Task_EvaluateProject", "officer1", Map.of("lessonsLearned", "Start with data.", "goodPractices", "Joint monitoring."));
    tasklist.work(key, "Task_CloseProject", "manager1", Map.of("closureNote", "Objectives met."));
  }

  private void consult(String key) {
    tasklist.work(key, "Task_PlanConsultation", "officer1", Map.of("invitedActors", invitedActors));
    tasklist.work(key, "Task_RecordActorInput", "officer1", Map.of("actorResponse", "RESPONDED",
        "consultedOn", LocalDate.now().minusDays(1).toString(), "consultationMethod", "MEETING", "participantsWomen", 4,
        "participantsMen", 3, "participantsOther", 0, "inputSummary", "Asked for regional offices.", "inputReflection", "Added."));
  }

  /** The quarterly report timer would take 90 days: an administrator fires it, as from Cockpit. */
  private void progressReportFallsDue(String processInstanceId) {
    JsonNode timer = api.call("find-job", "admin", "GET", "/engine-rest/job?processInstanceId=" + processInstanceId
        + "&activityId=Event_ProgressReportDue&firstResult=0&maxResults=1", null, 200);
    api.call("execute-job", "admin", "POST", "/engine-rest/job/" + timer.get(0).get("id").asText() + "/execute", null, 204);
  }
}
