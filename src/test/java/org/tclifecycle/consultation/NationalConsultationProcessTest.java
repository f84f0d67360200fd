package org.tclifecycle.consultation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tclifecycle.project.PlainEngineMocks;
import org.tclifecycle.project.ProjectVariables;

@Deployment(resources = "bpmn/national-consultation.bpmn")
class NationalConsultationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder("camunda-test.cfg.xml")
      .assertClassCoverageAtLeast(0.95)
      .build();

  @BeforeEach
  void setUp(ProcessEngine engine) {
    BpmnAwareTests.init(engine);
    PlainEngineMocks.register();
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void officerRecordsTheConsultationOfTheStage() {
    ProcessInstance consultation = runtimeService().startProcessInstanceByKey("national-consultation",
        withVariables(ProjectVariables.PROJECT_ID, 7L, ProjectVariables.BUSINESS_KEY, "TC-2026-0007",
            ProjectVariables.COUNTRY_CODE, "KE", ConsultationVariables.CONSULTATION_STAGE, "DESIGN"));
    assertThat(consultation).isWaitingAt("Task_RecordConsultation").task().hasCandidateGroup("tc-officers")
        .hasName("Record consultation of national actors: TC-2026-0007 (KE)");
    complete(task(consultation));
    assertThat(consultation).isEnded().hasPassed("EndEvent_ConsultationRecorded");
  }
}
