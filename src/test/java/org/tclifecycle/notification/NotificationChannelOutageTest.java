package org.tclifecycle.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.NotificationGateway;
import org.tclifecycle.TestData;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectRepository;

/**
 * The messaging gateway is down when the consent request goes out: the send task's job is retried with a
 * growing backoff, then shows as an incident with a clear message; once the gateway is back, one retry
 * delivers the request exactly once and the process goes on.
 */
@IntegrationTest
class NotificationChannelOutageTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired ProjectRepository projects;
  @Autowired NotificationRepository notifications;
  @Autowired Outbox outbox;
  @Autowired NotificationRelay relay;

  @AfterEach
  void gatewayBack() {
    NotificationGateway.bringUp();
  }

  @Test
  void aConsentRequestSentWhileTheGatewayIsDownIsRetriedThenAnIncidentThenDeliveredOnce() {
    NotificationGateway.takeDown();
    int refusedBefore = NotificationGateway.refused();
    EngineRest rest = new EngineRest(http, port);
    String key = EngineRest.json(rest.correlate("officer1", "RequestSubmitted", null, TestData.request()))
        .get(0).get("processInstance").get("businessKey").asText();
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId();
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> rest.task("officer1", key, "Task_ScreenRequest"));
    rest.work("officer1", key, "Task_ScreenRequest", Map.of("screeningOutcome", "COMPLETE"));

    Job send = await().atMost(Duration.ofSeconds(20)).until(() -> sendJob(instance), job -> job != null && job.getExceptionMessage() != null);
    List<Long> backoffMinutes = new ArrayList<>();
    backoffMinutes.add(minutesUntil(send.getDuedate()));
    while (send.getRetries() > 0) {
      String jobId = send.getId();
      assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("answered 503");
      send = sendJob(instance);
      if (send.getRetries() > 0) {
        backoffMinutes.add(minutesUntil(send.getDuedate()));
      }
    }
    assertThat(backoffMinutes).as("minutes to each retry").containsExactly(1L, 5L, 15L, 60L, 240L);

    Incident incident = runtime.createIncidentQuery().processInstanceId(instance).singleResult();
    assertThat(incident.getActivityId()).isEqualTo("Task_SendConsentRequest");
    assertThat(incident.getIncidentMessage()).startsWith("Notification channel http://127.0.0.1:")
        .contains("answered 503", "CONSENT_REQUEST to Office of the Attorney General", "stays queued");
    Long projectId = projects.findByBusinessKey(key).orElseThrow().getId();
    Notification request = notifications.findByProjectIdOrderByIdAsc(projectId).get(0);
    assertThat(request.getDeliveredAt()).isNull();
    assertThat(NotificationGateway.refused() - refusedBefore).as("attempts refused by the gateway").isEqualTo(6);

    NotificationGateway.bringUp();
    management.setJobRetries(1).jobId(send.getId()).dueDate(new Date()).execute();

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> rest.task("officer1", key, "Task_RecordConsent"));
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
    assertThat(notifications.findByProjectIdOrderByIdAsc(projectId)).singleElement()
        .satisfies(sent -> assertThat(sent.getDeliveredAt()).isNotNull());
    assertThat(NotificationGateway.acceptedCount(request.getId())).as("deliveries of the consent request").isEqualTo(1);

    // the job log keeps every failure of a job and how it ended after them, not its creation
    assertThat(history.createHistoricJobLogQuery().jobId(send.getId()).failureLog().list())
        .as("each failure, with its message").hasSize(6).allSatisfy(failure -> assertThat(failure.getJobExceptionMessage()).contains("answered 503"));
    assertThat(history.createHistoricJobLogQuery().jobId(send.getId()).successLog().count()).as("its success after the failures").isEqualTo(1);
    assertThat(history.createHistoricJobLogQuery().jobId(send.getId()).creationLog().count()).as("its creation").isZero();
  }

  @Test
  void aRetryAfterAFailureHalfwayDoesNotSendTheNotificationsAlreadyTakenAgain() {
    EngineRest rest = new EngineRest(http, port);
    String key = EngineRest.json(rest.correlate("officer1", "RequestSubmitted", null, TestData.request()))
        .get(0).get("processInstance").get("businessKey").asText();
    Project project = await().atMost(Duration.ofSeconds(20)).until(() -> projects.findByBusinessKey(key), java.util.Optional::isPresent).get();
    outbox.queue(project, Notification.Kind.CONSENT_REQUEST, "first");
    outbox.queue(project, Notification.Kind.CONSENT_REMINDER, "second");
    outbox.queue(project, Notification.Kind.CONSENT_REMINDER, "third");
    List<Long> ids = notifications.findByProjectIdOrderByIdAsc(project.getId()).stream().map(Notification::getId).toList();

    NotificationGateway.goDownAfter(1);
    assertThatThrownBy(() -> relay.deliverPending(project.getId())).isInstanceOf(NotificationChannelDown.class)
        .hasMessageContaining("notification " + ids.get(1) + " (CONSENT_REMINDER");
    NotificationGateway.bringUp();
    assertThat(relay.deliverPending(project.getId())).as("delivered by the retry").isEqualTo(2);
    assertThat(relay.deliverPending(project.getId())).as("nothing left").isZero();

    assertThat(ids).allSatisfy(id -> assertThat(NotificationGateway.acceptedCount(id)).as("deliveries of " + id).isEqualTo(1));
  }

  private Job sendJob(String instance) {
    return management.createJobQuery().processInstanceId(instance).activityId("Task_SendConsentRequest").singleResult();
  }

  private static long minutesUntil(Date due) {
    return Math.round((due.getTime() - System.currentTimeMillis()) / 60_000.0);
  }
}
