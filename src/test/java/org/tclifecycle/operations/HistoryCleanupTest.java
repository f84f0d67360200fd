package org.tclifecycle.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tclifecycle.consultation.ConsultationSteps;
import org.tclifecycle.project.PlainEngineMocks;

/** History cleanup removes finished instances past their time-to-live and keeps running ones. */
@Deployment(resources = "bpmn/national-consultation.bpmn")
class HistoryCleanupTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("camunda-test.cfg.xml").build();

  ProcessEngine engine;

  @BeforeEach
  void setUp(ProcessEngine engine) {
    this.engine = engine;
    BpmnAwareTests.init(engine);
    PlainEngineMocks.register();
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  ProcessInstance consultation() {
    return engine.getRuntimeService().startProcessInstanceByKey("national-consultation",
        withVariables("projectId", 1L, "businessKey", "TC-2026-0001", "countryCode", "KE", "consultationStage", "DESIGN"));
  }

  long historic(ProcessInstance instance) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).count();
  }

  @Test
  void finishedInstancesPastTheirTimeToLiveAreRemovedAndRunningOnesKept() {
    int timeToLiveDays = java.time.Period.parse(Bpmn.readModelFromStream(getClass().getResourceAsStream("/bpmn/national-consultation.bpmn"))
        .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next()
        .getCamundaHistoryTimeToLiveString()).getDays();
    ProcessInstance finished = consultation();
    ConsultationSteps.consultEveryInvitedActor(finished);
    ProcessInstance running = consultation();

    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(timeToLiveDays - 1))));
    runCleanup();
    assertThat(historic(finished)).as("kept within its time-to-live").isEqualTo(1);

    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(timeToLiveDays + 1))));
    runCleanup();
    assertThat(historic(finished)).as("removed after its time-to-live").isZero();
    assertThat(historic(running)).as("a running instance is never removed").isEqualTo(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(running.getId()).count()).isEqualTo(1);
  }

  private void runCleanup() {
    Job cleanup = engine.getHistoryService().cleanUpHistoryAsync(true);
    engine.getManagementService().executeJob(cleanup.getId());
  }
}
