package org.tclifecycle.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;

/** Every activity the stage gate names exists in the model, and every stage's entry is guarded. */
class StageGateModelTest {

  @Test
  void theGateNamesRealActivitiesAndGuardsEachStagesEntry() {
    Set<String> activities = Bpmn.readModelFromFile(new File("bpmn/cooperation-project.bpmn"))
        .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).collect(Collectors.toSet());
    assertThat(activities).containsAll(StageGate.PREREQUISITES.keySet());
    assertThat(StageGate.PREREQUISITES).containsKeys("Task_AssessNeeds", "Task_DesignProject", "Task_DecideFunding",
        "SubProcess_ExecuteProject", "Task_EvaluateProject", "Task_CloseProject", "EndEvent_ProjectClosed");
    assertThat(StageGate.PREREQUISITES.get("Task_DecideFunding")).doesNotContain(Milestone.FUNDING_APPROVED);
    assertThat(StageGate.PREREQUISITES.get("Task_ReviewHaltedProject")).doesNotContain(Milestone.CONSENT_GIVEN);
  }
}
