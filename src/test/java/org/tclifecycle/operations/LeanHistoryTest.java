package org.tclifecycle.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.briefing.BriefingVariables;
import org.tclifecycle.project.ProjectVariables;

/**
 * History leaves out what the domain records, the deployed models or the rest of the history already hold (every
 * change of every variable, what the forms submitted and showed, candidate groups, the creation of jobs and the deletion of jobs that never
 * failed) and keeps every promise: who did which task and when, the process variables the processes decide on,
 * the decisions that explain the funding decision, the audit of operations.
 */
@IntegrationTest
class LeanHistoryTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired HistoryService history;
  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  @Test
  void aProjectDecidedForFundingKeepsItsAuditTrailWithoutRepeatingTheDomainRecords() {
    String key = rest.projectAtFundingDecision();
    rest.work("manager1", key, "Task_DecideFunding", Map.of("fundingDecision", "APPROVE", "fundingJustification", "Meets the criteria."));
    String[] instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).list().stream()
        .map(HistoricProcessInstance::getId).toArray(String[]::new);
    assertThat(instances).as("the project and its consultations").hasSizeGreaterThan(1);
    String project = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
        .processDefinitionKey(ProjectVariables.PROCESS_KEY).singleResult().getId();

    // left out
    assertThat(history.createHistoricDetailQuery().processInstanceIdIn(instances).count()).as("variable change details").isZero();
    List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery().processInstanceIdIn(instances)
        .includeDeleted().list();
    assertThat(variables).extracting(HistoricVariableInstance::getName)
        .as("facts and option lists shown on forms").noneMatch(name -> BriefingVariables.ALL.contains(name) || name.endsWith("Options"))
        .as("what the forms submitted").doesNotContain("objectives", "fundingJustification", "inputSummary", "participantsWomen")
        .as("a multi-instance's counters").doesNotContain("nrOfInstances", "nrOfCompletedInstances", "loopCounter");
    assertThat(variables).as("variables of tasks").allSatisfy(variable -> assertThat(variable.getTaskId()).isNull())
        .as("variables of user tasks' activities (a form's fields kept apart between parallel tasks)")
        .noneSatisfy(variable -> assertThat(variable.getActivityInstanceId()).startsWith("Task_RecordActorInput:"));
    assertThat(history.createHistoricIdentityLinkLogQuery().processDefinitionKey(ProjectVariables.PROCESS_KEY).count())
        .as("candidate groups and assignees of the project's tasks").isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(project).activityId("Task_SendConsentRequest")
        .finished().list()).as("an asynchronous step that ran").isNotEmpty();
    assertThat(history.createHistoricJobLogQuery().processInstanceId(project).creationLog().count()
        + history.createHistoricJobLogQuery().processInstanceId(project).deletionLog().count())
        .as("jobs' creations, and deletions of jobs that never failed").isZero();
    assertThat(history.createHistoricJobLogQuery().processInstanceId(project).successLog().list())
        .as("each job's run, and the node that ran it").isNotEmpty()
        .allSatisfy(run -> assertThat(run.getHostname()).isNotBlank());
    assertThat(history.createHistoricJobLogQuery().successLog().list()).filteredOn(run -> run.getProcessInstanceId() == null)
        .as("the run of a job of no process (an e-mail sent when a task arrives), removed by the history cleanup in time")
        .isNotEmpty().allSatisfy(run -> assertThat(run.getRemovalTime()).isAfter(run.getTimestamp()));

    // kept: who did which task and when
    HistoricTaskInstance design = history.createHistoricTaskInstanceQuery().processInstanceId(project)
        .taskDefinitionKey("Task_DesignProject").singleResult();
    assertThat(design.getAssignee()).isEqualTo("officer1");
    assertThat(design.getEndTime()).isNotNull();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(key).taskDefinitionKey("Task_RecordActorInput")
        .finished().list()).as("each actor's input, who recorded it").isNotEmpty()
        .allSatisfy(input -> assertThat(input.getAssignee()).isIn("officer1", "officer2"));
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(project).activityType("exclusiveGateway").list())
        .as("the steps the projects' history panel and the heatmap read, gateways included").isNotEmpty()
        .allSatisfy(gateway -> assertThat(gateway.getEndTime()).isNotNull());
    // kept: the process variables the processes decide on, and the ids that link them to the domain records
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(project).variableName("fundingDecision")
        .singleResult().getValue()).isEqualTo("APPROVE");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(instances).variableName("invitationId").count())
        .as("each invited actor's invitation").isGreaterThan(1);
    // kept: the decisions that explain the funding decision
    assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("funding-allocation")
        .processInstanceId(project).includeInputs().includeOutputs().list())
        .as("the funding criteria's evaluation with its inputs").isNotEmpty()
        .allSatisfy(decision -> assertThat(decision.getInputs()).isNotEmpty())
        .allSatisfy(decision -> assertThat(decision.getOutputs()).isNotEmpty());
    // kept: the audit of who claimed and completed the task
    assertThat(history.createUserOperationLogQuery().taskId(design.getId()).list())
        .extracting(UserOperationLogEntry::getOperationType, UserOperationLogEntry::getUserId)
        .contains(org.assertj.core.groups.Tuple.tuple(UserOperationLogEntry.OPERATION_TYPE_CLAIM, "officer1"),
            org.assertj.core.groups.Tuple.tuple(UserOperationLogEntry.OPERATION_TYPE_COMPLETE, "officer1"));
    // what the decision form submitted: in the domain record, with who and when
    JsonNode decision = EngineRest.json(rest.api("manager1", HttpMethod.GET, "/api/projects/" + key + "/funding-decision", null))
        .get("decisions").get(0);
    assertThat(decision.get("justification").asText()).isEqualTo("Meets the criteria.");
    assertThat(decision.get("decidedBy").asText()).isEqualTo("manager1");
    assertThat(decision.get("decidedAt").isNull()).isFalse();
  }

  @Test
  void aDecisionAGatewayReadsIsKeptWhenAFormOnATaskWithBoundaryEventsSetsIt() {
    Map<String, Object> request = new java.util.LinkedHashMap<>(org.tclifecycle.TestData.request());
    request.put("recommendationIds", List.of(org.tclifecycle.TestData.RECOMMENDATION));
    var created = rest.api("officer1", HttpMethod.POST, "/api/requests", request);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    String key = EngineRest.json(created).get("businessKey").asText();
    rest.awaitTask(key, "Task_ScreenRequest");
    rest.work("officer1", key, "Task_ScreenRequest", Map.of("screeningOutcome", "COMPLETE"));
    rest.awaitTask(key, "Task_RecordConsent");
    // the officer records the State's consent received on paper (the task has boundary events: a scope of its own)
    Map<String, Object> consent = org.tclifecycle.TestData.consent();
    consent.put("consentDecision", "GIVEN");
    rest.work("officer1", key, "Task_RecordConsent", consent);
    rest.awaitTask(key, "Task_AssessNeeds");

    String project = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
        .processDefinitionKey(ProjectVariables.PROCESS_KEY).singleResult().getId();
    HistoricVariableInstance decision = history.createHistoricVariableInstanceQuery().processInstanceId(project)
        .variableName(ProjectVariables.CONSENT_DECISION).singleResult();
    assertThat(decision).as("Gateway_ConsentGiven decides on it").isNotNull();
    assertThat(decision.getValue()).isEqualTo("GIVEN");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(project).variableName("consentSignatory").count())
        .as("what the form submitted stays in the consent record").isZero();
  }
}
