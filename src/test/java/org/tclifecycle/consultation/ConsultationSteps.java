package org.tclifecycle.consultation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Steps of a {@code national-consultation} in the plain-engine tests, with its beans mocked. */
public final class ConsultationSteps {

  private ConsultationSteps() {}

  /** The officer plans, every invited actor's input is recorded, and the engine runs the asynchronous steps. */
  public static void consultEveryInvitedActor(ProcessInstance consultation) {
    assertThat(consultation).isWaitingAt("Task_PlanConsultation");
    complete(taskQuery().processInstanceId(consultation.getId()).taskDefinitionKey("Task_PlanConsultation").singleResult());
    for (Task input : taskQuery().processInstanceId(consultation.getId()).taskDefinitionKey("Task_RecordActorInput").list()) {
      complete(input);
    }
    runAsynchronousSteps(consultation);
  }

  /** Runs every job that is not a timer: the multi-instance join, the coverage check, the sending of messages. */
  public static void runAsynchronousSteps(ProcessInstance consultation) {
    for (Job job = next(consultation); job != null; job = next(consultation)) {
      managementService().executeJob(job.getId());
    }
  }

  private static Job next(ProcessInstance consultation) {
    return managementService().createJobQuery().processInstanceId(consultation.getId()).messages().list().stream()
        .findFirst().orElse(null);
  }
}
