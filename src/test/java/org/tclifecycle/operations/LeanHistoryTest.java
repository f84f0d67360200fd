package org.tclifecycle.operations;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.briefing.BriefingVariables;
import org.tclifecycle.project.ProjectVariables;

/**
 * History leaves out what the domain records already hold (every change of every variable, the facts shown on
 * decision forms, values that lived one transaction) and keeps every promise: who did which task and when,
 * each form's values with its task, the decisions that explain the funding decision, the audit of operations.
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
    assertThat(instances).hasSizeGreaterThan(1);
    String project = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
        .processDefinitionKey(ProjectVariables.PROCESS_KEY).singleResult().getId();

    // left out
    assertThat(history.createHistoricDetailQuery().processInstanceIdIn(instances).count()).as("variable change details").isZero();
    List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery().processInstanceIdIn(instances)
        .includeDeleted().list();
    assertThat(variables).extracting(HistoricVariableInstance::getName)
        .as("facts and option lists shown on forms").noneMatch(name -> BriefingVariables.ALL.contains(name) || name.endsWith("Options"));
    assertThat(variables).filteredOn(variable -> variable.getName().equals("objectives"))
        .as("a submitted value, once on its task only").singleElement()
        .satisfies(variable -> assertThat(variable.getTaskId()).isNotNull());

    // kept
    HistoricTaskInstance design = history.createHistoricTaskInstanceQuery().processInstanceId(project)
        .taskDefinitionKey("Task_DesignProject").singleResult();
    assertThat(design.getAssignee()).isEqualTo("officer1");
    assertThat(design.getEndTime()).isNotNull();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(instances).variableName("fundingJustification")
        .singleResult().getValue()).isEqualTo("Meets the criteria.");
    assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("funding-allocation")
        .processInstanceId(project).includeInputs().includeOutputs().list())
        .as("the funding criteria's evaluation with its inputs").isNotEmpty()
        .allSatisfy(decision -> assertThat(decision.getInputs()).isNotEmpty());
    assertThat(history.createUserOperationLogQuery().taskId(design.getId()).list()).extracting(UserOperationLogEntry::getOperationType)
        .as("the audit of who claimed and completed the task").contains(UserOperationLogEntry.OPERATION_TYPE_CLAIM,
            UserOperationLogEntry.OPERATION_TYPE_COMPLETE);
  }
}
