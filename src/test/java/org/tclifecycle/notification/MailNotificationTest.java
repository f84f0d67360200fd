package org.tclifecycle.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.MailServer;
import org.tclifecycle.TestData;
import org.tclifecycle.identity.TcGroups;

/**
 * Officers and managers are e-mailed about their tasks as they chose, over a real SMTP server; an outage of
 * the server delays messages, shows as an incident, and each message arrives once when it is back.
 */
@IntegrationTest
class MailNotificationTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired MailPreferences preferences;
  @Autowired DailyTaskMail daily;
  @Autowired NotificationRepository notifications;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  final List<String> created = new java.util.ArrayList<>();

  @AfterEach
  void serverBackAndUsersGone() {
    MailServer.bringBack();
    created.forEach(identity::deleteUser);
  }

  /** A user of its own for each test, so what other tests do to the demo users does not matter. */
  User user(String prefix, String group, MailPreference.Delivery delivery, String language) {
    String id = prefix + ThreadLocalRandom.current().nextInt(1_000_000);
    User user = identity.newUser(id);
    user.setFirstName("Officer");
    user.setLastName("Under Test");
    user.setEmail(id + "@mail.test");
    user.setPassword("Rq7-Lkp-2026!Zw");
    identity.saveUser(user);
    identity.createMembership(id, group);
    created.add(id);
    preferences.set(id, delivery, language);
    return user;
  }

  String newRequest() {
    String key = rest.ok(rest.correlate("officer1", "RequestSubmitted", null, TestData.request()))
        .get(0).get("processInstance").get("businessKey").asText();
    rest.awaitTask(key, "Task_ScreenRequest");
    return key;
  }

  Task task(String key, String definitionKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(definitionKey).singleResult();
  }

  static List<MimeMessage> awaitMail(String address, String subject, int count) {
    return await().atMost(Duration.ofSeconds(30)).until(() -> MailServer.to(address, subject), found -> found.size() >= count);
  }

  static String text(MimeMessage message) throws Exception {
    return com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
  }

  @Test
  void aTaskArrivingInTheirGroupIsMailedAtOnceToThoseWhoChoseImmediateAndToNobodyElse() throws Exception {
    User english = user("now", TcGroups.OFFICERS, MailPreference.Delivery.IMMEDIATE, "en");
    User french = user("maintenant", TcGroups.OFFICERS, MailPreference.Delivery.IMMEDIATE, "fr");
    User silent = user("none", TcGroups.OFFICERS, MailPreference.Delivery.NONE, "en");
    User digest = user("digest", TcGroups.OFFICERS, MailPreference.Delivery.DIGEST, "en");
    User manager = user("mgr", TcGroups.MANAGERS, MailPreference.Delivery.IMMEDIATE, "en");
    String key = newRequest();
    Task screening = task(key, "Task_ScreenRequest");

    MimeMessage mail = awaitMail(english.getEmail(), key, 1).get(0);
    assertThat(mail.getSubject()).isEqualTo("New task: Screen request (" + key + ")");
    assertThat(text(mail)).contains("A task has arrived in your group tc-officers.", "Project: " + key, "State: Kenya",
        "#/?task=" + screening.getId());
    assertThat(mail.getFrom()[0].toString()).contains("tc@test.example");
    assertThat(awaitMail(french.getEmail(), key, 1).get(0).getSubject()).isEqualTo("Nouvelle tâche : Screen request (" + key + ")");

    Thread.sleep(1500);
    assertThat(MailServer.to(english.getEmail(), key)).as("one message per task").hasSize(1);
    assertThat(MailServer.to(silent.getEmail(), key)).as("chose none").isEmpty();
    assertThat(MailServer.to(digest.getEmail(), key)).as("waits for the digest").isEmpty();
    assertThat(MailServer.to(manager.getEmail(), key)).as("not a managers' task").isEmpty();
  }

  @Test
  void whoeverIsAssignedATaskBySomeoneElseIsTold() throws Exception {
    User assignee = user("assignee", TcGroups.OFFICERS, MailPreference.Delivery.IMMEDIATE, "en");
    String key = newRequest();
    Task screening = task(key, "Task_ScreenRequest");
    awaitMail(assignee.getEmail(), "New task: Screen request (" + key, 1);

    asUser(assignee.getId(), () -> taskService.claim(screening.getId(), assignee.getId()));
    asUser(assignee.getId(), () -> taskService.setAssignee(screening.getId(), null));
    asUser("officer1", () -> taskService.setAssignee(screening.getId(), assignee.getId()));
    assertThat(awaitMail(assignee.getEmail(), "Assigned to you: Screen request (" + key + ")", 1)).hasSize(1);
    assertThat(text(MailServer.to(assignee.getEmail(), "Assigned to you").get(0))).contains("A task has been assigned to you.");
    Thread.sleep(1000);
    assertThat(MailServer.to(assignee.getEmail(), "Assigned to you")).as("not when they took it themselves").hasSize(1);
  }

  void asUser(String userId, Runnable work) {
    identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList());
    try {
      work.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void theDailyRunSendsDigestsDueAndOverdueMessagesOncePerDay() throws Exception {
    User digest = user("digest", TcGroups.OFFICERS, MailPreference.Delivery.DIGEST, "en");
    User immediate = user("now", TcGroups.OFFICERS, MailPreference.Delivery.IMMEDIATE, "en");
    User manager = user("mgr", TcGroups.MANAGERS, MailPreference.Delivery.IMMEDIATE, "en");
    String arrived = newRequest();
    String dueTomorrow = newRequest();
    String overdue = newRequest();
    LocalDate day = LocalDate.now(ZoneOffset.UTC).plusYears(5).plusDays(ThreadLocalRandom.current().nextInt(3000));
    dueAt(task(arrived, "Task_ScreenRequest"), day.plusDays(20));
    dueAt(task(dueTomorrow, "Task_ScreenRequest"), day.plusDays(1));
    dueAt(task(overdue, "Task_ScreenRequest"), day.minusDays(1));
    Task managersTask = taskService.newTask();
    managersTask.setName("Review standalone " + day);
    managersTask.setDueDate(Date.from(day.minusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC)));
    taskService.saveTask(managersTask);
    taskService.addCandidateGroup(managersTask.getId(), TcGroups.MANAGERS);

    assertThat(daily.run(day)).isTrue();
    assertThat(daily.run(day)).as("once a day, whichever node comes second").isFalse();

    MimeMessage digestMail = awaitMail(digest.getEmail(), "Your tasks today", 1).get(0);
    assertThat(text(digestMail)).contains(arrived, dueTomorrow, overdue);
    assertThat(awaitMail(immediate.getEmail(), "Due tomorrow: Screen request (" + dueTomorrow + ")", 1)).hasSize(1);
    assertThat(awaitMail(immediate.getEmail(), "Overdue: Screen request (" + overdue + ")", 1)).hasSize(1);
    assertThat(MailServer.to(immediate.getEmail(), "Due tomorrow: Screen request (" + arrived)).isEmpty();
    MimeMessage managerMail = awaitMail(manager.getEmail(), "Overdue tasks of your groups", 1).get(0);
    assertThat(text(managerMail)).contains("Review standalone " + day).as("only their groups' tasks").doesNotContain(overdue);
    assertThat(notifications.findByRecipientUserAndChannelAndDeliveredAtIsNullOrderByIdAsc(digest.getId(),
        Notification.Channel.DIGEST_ITEM)).as("folded into the digest").isEmpty();

    Thread.sleep(1000);
    assertThat(MailServer.to(digest.getEmail(), "Your tasks today")).as("one digest").hasSize(1);
    taskService.deleteTask(managersTask.getId(), true);
  }

  @Test
  void aMailServerOutageIsRetriedThenAnIncidentAndEachMessageArrivesOnceWhenItIsBack() {
    User assignee = user("outage", TcGroups.OFFICERS, MailPreference.Delivery.IMMEDIATE, "en");
    String key = newRequest();
    awaitMail(assignee.getEmail(), key, 1);
    MailServer.takeDown();
    taskService.setAssignee(task(key, "Task_ScreenRequest").getId(), assignee.getId());
    Notification message = await().atMost(Duration.ofSeconds(20)).until(() -> notifications.findAll().stream()
        .filter(n -> assignee.getEmail().equals(n.getRecipient()) && n.getKind() == Notification.Kind.TASK_ASSIGNED).findFirst(),
        java.util.Optional::isPresent).get();

    Job send = await().atMost(Duration.ofSeconds(20)).until(() -> jobOf(message), job -> job != null && job.getExceptionMessage() != null);
    while (send.getRetries() > 0) {
      String jobId = send.getId();
      assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("Mail server 127.0.0.1:");
      send = jobOf(message);
    }
    Incident incident = runtime.createIncidentQuery().configuration(send.getId()).singleResult();
    assertThat(incident.getIncidentMessage()).startsWith("Mail server 127.0.0.1:")
        .contains("notification " + message.getId(), "TASK_ASSIGNED to " + assignee.getEmail(), "Assigned to you: Screen request");
    assertThat(MailServer.to(assignee.getEmail(), "Assigned to you")).isEmpty();

    MailServer.bringBack();
    management.setJobRetries(1).jobId(send.getId()).dueDate(new Date()).execute();
    assertThat(awaitMail(assignee.getEmail(), "Assigned to you: Screen request (" + key + ")", 1)).hasSize(1);
    await().atMost(Duration.ofSeconds(20)).until(() -> jobOf(message) == null);
    assertThat(runtime.createIncidentQuery().configuration(send.getId()).count()).isZero();
    assertThat(MailServer.to(assignee.getEmail(), "Assigned to you")).as("sent once").hasSize(1);
  }

  @Test
  void usersReadAndChangeTheirOwnPreferenceOnly() {
    JsonNode mine = rest.ok(rest.api("officer2", HttpMethod.GET, "/api/users/officer2/notification-preference", null));
    assertThat(mine.get("delivery").asText()).isIn("IMMEDIATE", "DIGEST", "NONE");
    JsonNode changed = rest.ok(rest.api("officer2", HttpMethod.PUT, "/api/users/officer2/notification-preference",
        Map.of("delivery", "DIGEST", "language", "fr")));
    assertThat(changed.get("delivery").asText()).isEqualTo("DIGEST");
    assertThat(changed.get("language").asText()).isEqualTo("fr");
    assertThat(preferences.of("officer2").getDelivery()).isEqualTo(MailPreference.Delivery.DIGEST);

    assertThat(rest.api("officer1", HttpMethod.PUT, "/api/users/officer2/notification-preference", Map.of("delivery", "NONE"))
        .getStatusCode().value()).isEqualTo(403);
    assertThat(rest.api("manager1", HttpMethod.GET, "/api/users/officer2/notification-preference", null).getStatusCode().value())
        .isEqualTo(403);
    ResponseEntity<String> bad = rest.api("officer2", HttpMethod.PUT, "/api/users/officer2/notification-preference",
        Map.of("delivery", "HOURLY"));
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(bad.getBody()).contains("delivery");
    assertThat(preferences.of("officer2").getDelivery()).as("unchanged by the refused call").isEqualTo(MailPreference.Delivery.DIGEST);
    rest.ok(rest.api("officer2", HttpMethod.PUT, "/api/users/officer2/notification-preference", Map.of("delivery", "IMMEDIATE", "language", "en")));
  }

  void dueAt(Task task, LocalDate day) {
    task.setDueDate(Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC)));
    taskService.saveTask(task);
  }

  Job jobOf(Notification message) {
    return management.createJobQuery().list().stream()
        .filter(job -> job instanceof JobEntity entity && SendNotificationJobHandler.TYPE.equals(entity.getJobHandlerType())
            && List.of(entity.getJobHandlerConfigurationRaw().split(",")).contains(String.valueOf(message.getId())))
        .findFirst().orElse(null);
  }
}
