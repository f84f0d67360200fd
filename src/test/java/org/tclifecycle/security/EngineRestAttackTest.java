package org.tclifecycle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;

/**
 * Issue 14's forgeries, each as the attacker sent it to Camunda's REST API: a State's account acting for
 * another State, anyone stopping everyone's work, officers skipping managers' decisions, and moves that skip
 * a stage's prerequisites. Each is refused, and the domain and engine records are exactly as before.
 */
@IntegrationTest
class EngineRestAttackTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  /** A Kenyan request, screened: it waits for the State's consent. */
  String keProjectWaitingForConsent() {
    Map<String, Object> request = new LinkedHashMap<>(TestData.request());
    request.put("recommendationIds", List.of(TestData.RECOMMENDATION));
    ResponseEntity<String> created = rest.api("external1", HttpMethod.POST, "/api/requests", request);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    String key = EngineRest.json(created).get("businessKey").asText();
    rest.awaitTask(key, "Task_ScreenRequest");
    rest.work("officer1", key, "Task_ScreenRequest", Map.of("screeningOutcome", "COMPLETE"));
    rest.awaitTask(key, "Task_RecordConsent");
    return key;
  }

  String instanceOf(String businessKey) {
    return rest.task("officer1", businessKey, "Task_RecordConsent").get("processInstanceId").asText();
  }

  /** What a forgery could change: projects, consents, stages, instances, variables, jobs and their state. */
  Map<String, Object> records() {
    // the e-mails the application itself decided (a task arriving) are sent by jobs that end by themselves: let them
    // (one locked by a thread that lost the database in an earlier test runs once its lock expires, within 30 s)
    await().atMost(java.time.Duration.ofSeconds(90)).until(() -> jdbc.queryForObject("select count(*) from act_ru_job "
        + "where handler_type_ = 'tc-send-notification' and retries_ > 0 and (duedate_ is null or duedate_ <= current_timestamp)",
        Long.class) == 0);
    Map<String, Object> snapshot = new LinkedHashMap<>();
    for (String query : List.of("select count(*) from cooperation_project", "select count(*) from consent_record",
        "select count(*) from act_ru_execution", "select count(*) from act_ru_task", "select count(*) from act_ru_job",
        "select count(*) from act_ru_variable", "select count(*) from act_ru_execution where suspension_state_ = 2",
        "select count(*) from act_ru_job where suspension_state_ = 2 or retries_ = 0",
        "select count(*) from act_re_procdef where suspension_state_ = 2")) {
      snapshot.put(query, jdbc.queryForObject(query, Long.class));
    }
    snapshot.put("stages", jdbc.queryForList("select business_key, stage, status from cooperation_project order by business_key"));
    // the history cleanup job reschedules itself when it runs inside its window (20:00-06:00): its due date is no
    // forgery's doing; onlyAdministratorsSuspendInstancesOrChangeJobs checks it apart
    snapshot.put("job due dates", jdbc.queryForList(
        "select id_, duedate_ from act_ru_job where handler_type_ <> 'history-cleanup' order by id_"));
    return snapshot;
  }

  static void refused(ResponseEntity<String> response, int status, String reason) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getBody()).contains(reason).doesNotContain("\tat ");
  }

  @Test
  void aStatesAccountCannotActForAnotherStateOrUseCamundasApiAtAll() {
    String ke = keProjectWaitingForConsent();
    String instance = instanceOf(ke);
    Map<String, Object> before = records();

    String apiOnly = "is an API account";
    refused(rest.correlate("external2", "ConsentGiven", ke, TestData.consent()), 403, apiOnly);
    Map<String, Object> refuseAll = new LinkedHashMap<>(Map.of("messageName", "ConsentRefused", "all", true,
        "processVariables", EngineRest.variables(TestData.consent())));
    refused(rest.call("external2", HttpMethod.POST, "/message", refuseAll), 403, apiOnly);
    refused(rest.correlate("external2", "RequestSubmitted", null, TestData.request()), 403, apiOnly);
    refused(rest.call("external2", HttpMethod.POST, "/process-definition/key/cooperation-project/start",
        Map.of("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "EndEvent_ProjectClosed")))), 403, apiOnly);
    refused(rest.call("external2", HttpMethod.PUT, "/process-instance/" + instance + "/variables/countryCode",
        Map.of("value", "BR")), 403, apiOnly);
    refused(rest.call("external1", HttpMethod.GET, "/task?firstResult=0&maxResults=10", null), 403, apiOnly);
    refused(rest.call("contributor1", HttpMethod.GET, "/process-instance?firstResult=0&maxResults=10", null), 403, apiOnly);
    refused(rest.call("external1", HttpMethod.GET, "/task?firstResult=0&maxResults=10&lang=fr", null), 403,
        "external1 est un compte d’API : il utilise l’API du produit (/api), où l’État pour lequel il agit est vérifié");
    // a task already completed: the refusal, not a conflict that names the task and who completed it
    String screened = jdbc.queryForObject("select id_ from act_hi_taskinst where proc_inst_id_ = ? and task_def_key_ = 'Task_ScreenRequest'",
        String.class, instance);
    ResponseEntity<String> completeAgain = rest.call("external2", HttpMethod.POST, "/task/" + screened + "/complete", Map.of());
    refused(completeAgain, 403, apiOnly);
    assertThat(completeAgain.getBody()).doesNotContain("Screen request", "officer1");

    assertThat(records()).isEqualTo(before);
    rest.task("officer1", ke, "Task_RecordConsent");
  }

  /** Engine ids are short numbers: trying them tells nobody which were tasks, what they were or who did them. */
  @Test
  void tryingTaskIdsTellsNothingOfATaskOutOfTheCallersSight() {
    String ke = keProjectWaitingForConsent();
    String screened = jdbc.queryForObject("select id_ from act_hi_taskinst where proc_inst_id_ = ? and task_def_key_ = 'Task_ScreenRequest'",
        String.class, instanceOf(ke));
    String screenedBy = jdbc.queryForObject("select assignee_ from act_hi_taskinst where id_ = ?", String.class, screened);

    ResponseEntity<String> completedOutOfSight = rest.call("secretary1", HttpMethod.POST, "/task/" + screened + "/complete", Map.of());
    ResponseEntity<String> neverWas = rest.call("secretary1", HttpMethod.POST, "/task/9zzzzzzzz/complete", Map.of());

    refused(completedOutOfSight, 404, "does not exist, or you may not see it");
    refused(neverWas, 404, "does not exist, or you may not see it");
    String consentTask = rest.task("officer1", ke, "Task_RecordConsent").get("id").asText();
    refused(rest.call("secretary1", HttpMethod.POST, "/task/" + consentTask + "/complete", Map.of()), 404,
        "Task " + consentTask + " does not exist, or you may not see it");
    assertThat(completedOutOfSight.getBody()).doesNotContain("Screen request", ke, "Kenya", screenedBy);
    // an officer reads the projects' task history: told who completed it
    refused(rest.call("officer2", HttpMethod.POST, "/task/" + screened + "/complete", Map.of()), 409,
        "was already completed by " + screenedBy);
  }

  @Test
  void onlyAdministratorsSuspendInstancesOrChangeJobs() {
    keProjectWaitingForConsent();
    Map<String, Object> before = records();
    String timerJob = EngineRest.json(rest.call("admin", HttpMethod.GET,
        "/job?processDefinitionKey=cooperation-project&timers=true&firstResult=0&maxResults=1", null)).get(0).get("id").asText();
    JsonNode cleanup = EngineRest.json(rest.call("admin", HttpMethod.POST, "/history/cleanup?immediatelyDue=false", null));
    String cleanupJob = cleanup.get("id").asText();
    before = records();

    for (String user : List.of("officer1", "manager1")) {
      String adminsOnly = "Only administrators may";
      refused(rest.call(user, HttpMethod.PUT, "/process-instance/suspended",
          Map.of("processDefinitionKey", "cooperation-project", "suspended", true)), 403, adminsOnly);
      refused(rest.call(user, HttpMethod.PUT, "/process-definition/key/cooperation-project/suspended",
          Map.of("suspended", true, "includeProcessInstances", true)), 403, adminsOnly);
      refused(rest.call(user, HttpMethod.PUT, "/job/suspended",
          Map.of("processDefinitionKey", "cooperation-project", "suspended", true)), 403, adminsOnly);
      refused(rest.call(user, HttpMethod.PUT, "/job/" + timerJob + "/retries", Map.of("retries", 0)), 403, adminsOnly);
      refused(rest.call(user, HttpMethod.POST, "/job/" + timerJob + "/execute", null), 403, adminsOnly);
      refused(rest.call(user, HttpMethod.PUT, "/job/" + cleanupJob + "/duedate", Map.of("duedate", "2099-01-01T00:00:00.000+0000")),
          403, adminsOnly);
      refused(rest.call(user, HttpMethod.DELETE, "/job/" + cleanupJob, null), 403, adminsOnly);
      refused(rest.call(user, HttpMethod.PUT, "/job/" + timerJob + "/retries?lang=fr", Map.of("retries", 0)), 403,
          "Seuls les administrateurs peuvent modifier le nombre de nouvelles tentatives des jobs ; " + user + " n’en est pas un");
    }
    assertThat(records()).isEqualTo(before);
    assertThat(jdbc.queryForObject("select duedate_ from act_ru_job where id_ = ?", Timestamp.class, cleanupJob))
        .as("the cleanup job's due date, which officers and managers tried to set to 2099").isBefore("2099-01-01T00:00:00");

    // the administrator may, and undoes it
    assertThat(rest.call("admin", HttpMethod.PUT, "/job/" + timerJob + "/suspended", Map.of("suspended", true))
        .getStatusCode().value()).isEqualTo(204);
    assertThat(rest.call("admin", HttpMethod.PUT, "/job/" + timerJob + "/suspended", Map.of("suspended", false))
        .getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void officersCannotSetWhatManagersDecide() {
    String key = keProjectWaitingForConsent();
    rest.giveConsent("external1", key);
    rest.awaitTask(key, "Task_AssessNeeds");
    String instance = rest.task("officer1", key, "Task_AssessNeeds").get("processInstanceId").asText();
    String assessTask = rest.task("officer1", key, "Task_AssessNeeds").get("id").asText();
    rest.ok(rest.claim("officer1", assessTask));
    Map<String, Object> before = records();

    String adminsOnly = "Only administrators may";
    refused(rest.call("officer1", HttpMethod.POST, "/process-instance/" + instance + "/variables",
        Map.of("modifications", EngineRest.variables(Map.of("fundingDecision", "APPROVE", "fundingAmount", 250000)))), 403, adminsOnly);
    refused(rest.call("officer1", HttpMethod.PUT, "/process-instance/" + instance + "/variables/exceptionDecidedBy",
        Map.of("value", "manager1")), 403, adminsOnly);
    refused(rest.call("officer1", HttpMethod.POST, "/task/" + assessTask + "/variables",
        Map.of("modifications", EngineRest.variables(Map.of("fundingDecision", "APPROVE")))), 403, adminsOnly);
    refused(rest.call("officer1", HttpMethod.POST, "/process-instance/" + instance + "/modification",
        Map.of("skipCustomListeners", true, "instructions", List.of(
            Map.of("type", "startBeforeActivity", "activityId", "SubProcess_ExecuteProject"),
            Map.of("type", "cancel", "activityId", "Task_AssessNeeds")))), 403, adminsOnly);
    refused(rest.call("manager1", HttpMethod.POST, "/process-instance/" + instance + "/modification",
        Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "EndEvent_ProjectClosed")))), 403, adminsOnly);
    Map<String, Object> withDecision = new LinkedHashMap<>(TestData.assessment());
    withDecision.put("fundingDecision", "APPROVE");
    ResponseEntity<String> outsider = rest.complete("secretary1", assessTask, withDecision);
    assertThat(outsider.getStatusCode().is4xxClientError()).as(outsider.getBody()).isTrue();
    assertThat(outsider.getBody()).as("a caller who may not see the task learns nothing of it").doesNotContain("not among them")
        .doesNotContain("Assess needs");
    refused(rest.complete("officer1", assessTask, withDecision), 403, "fundingDecision is not among them");
    refused(rest.call("officer1", HttpMethod.POST, "/task/" + assessTask + "/complete?lang=fr", Map.of("variables", EngineRest.variables(withDecision))),
        403, "La tâche Évaluer les besoins : " + key + " (Kenya) ne définit que les champs de son formulaire ; fundingDecision n’en fait pas partie");

    assertThat(records()).isEqualTo(before);
    rest.ok(rest.complete("officer1", assessTask, TestData.assessment()));
  }

  @Test
  void noPathSkipsAStagesPrerequisitesNotEvenAnAdministrators() {
    String key = keProjectWaitingForConsent();
    String instance = instanceOf(key);
    Map<String, Object> before = records();

    refused(rest.call("admin", HttpMethod.POST, "/process-instance/" + instance + "/modification",
        Map.of("skipCustomListeners", true, "skipIoMappings", true, "instructions", List.of(
            Map.of("type", "startBeforeActivity", "activityId", "Task_ReportProgress"),
            Map.of("type", "cancel", "activityId", "Task_RecordConsent")))), 400,
        "the State's consent; a needs assessment; a consultation of national actors on the assessment, covered or excepted; a project design; "
            + "a consultation of national actors on the design, covered or excepted; funding approved by a manager other than the designer are not on record");
    refused(rest.call("admin", HttpMethod.POST, "/process-instance/" + instance + "/modification",
        Map.of("skipCustomListeners", true, "instructions", List.of(
            Map.of("type", "startBeforeActivity", "activityId", "Task_AssessNeeds")))), 400, "the State's consent is not on record");
    refused(rest.call("admin", HttpMethod.POST, "/process-instance/" + instance + "/modification?lang=fr",
        Map.of("skipCustomListeners", true, "instructions", List.of(
            Map.of("type", "startBeforeActivity", "activityId", "Task_AssessNeeds")))), 400,
        "Évaluer les besoins ne peut pas commencer pour le projet " + key + " : il manque au dossier le consentement de l’État");
    refused(rest.call("admin", HttpMethod.POST, "/process-definition/key/cooperation-project/start",
        Map.of("businessKey", "TC-FORGED-1", "skipCustomListeners", true, "startInstructions",
            List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_DecideFunding")))), 400, "has no registered project");
    refused(rest.call("admin", HttpMethod.POST, "/process-definition/key/national-consultation/start",
        Map.of("variables", EngineRest.variables(Map.of("projectId", 999999)))), 400, "cannot be started by hand");

    assertThat(records()).isEqualTo(before);
  }

  @Test
  void tasklistOffersOnlyTheProcessesAPersonMayStart() {
    String startable = "/process-definition?latestVersion=true&active=true&startableInTasklist=true&startablePermissionCheck=true"
        + "&firstResult=0&maxResults=50";
    assertThat(rest.ok(rest.call("officer1", HttpMethod.GET, startable, null)).findValuesAsText("key"))
        .containsExactly("cooperation-project");
    assertThat(rest.ok(rest.call("manager1", HttpMethod.GET, startable, null)).findValuesAsText("key"))
        .containsExactlyInAnyOrder("cooperation-project", "thematic-panel");
  }

  @Test
  void anApiAccountCannotSignInToTheWebapps() {
    org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
    form.add("username", "external1");
    form.add("password", EngineRest.DEMO_PASSWORD);
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
    for (String app : List.of("tasklist", "cockpit", "admin")) {
      assertThat(login(form, headers, app).getStatusCode().value()).as(app).isIn(401, 403);
    }
    form.set("username", "officer1");
    assertThat(login(form, headers, "tasklist").getStatusCode().value()).as("an officer signs in").isEqualTo(200);
  }

  /** Signs in as the webapp does: its session cookie and CSRF token first, from the app's page. */
  ResponseEntity<String> login(Object form, org.springframework.http.HttpHeaders headers, String app) {
    ResponseEntity<String> page = http.getForEntity("http://localhost:" + port + "/camunda/app/" + app + "/default/", String.class);
    List<String> cookies = page.getHeaders().getOrDefault("Set-Cookie", List.of()).stream().map(c -> c.split(";")[0]).toList();
    headers.set("Cookie", String.join("; ", cookies));
    cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst()
        .ifPresent(token -> headers.set("X-XSRF-TOKEN", token.substring("XSRF-TOKEN=".length())));
    return http.exchange("http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/" + app,
        HttpMethod.POST, new org.springframework.http.HttpEntity<>(form, headers), String.class);
  }
}
