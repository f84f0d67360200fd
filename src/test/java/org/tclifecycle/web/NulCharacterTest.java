package org.tclifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;
import org.tclifecycle.project.JournalRepository;
import org.tclifecycle.project.ProjectRepository;

/**
 * U+0000 (NUL) in a submitted text: PostgreSQL cannot store it in a text column (H2 can), so on every path
 * into the engine (forms, messages, a user's profile, query parameters) it is refused as bad input, 400 naming
 * the field (a form's field by its label), before the engine writes anything.
 */
@IntegrationTest
class NulCharacterTest {

  static final String NUL = "\0";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ProjectRepository projects;
  @Autowired JournalRepository journal;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  long[] records() {
    return new long[] {runtimeService.createProcessInstanceQuery().count(), projects.count(), journal.count()};
  }

  static void assertRefused(ResponseEntity<String> response, String... named) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getBody()).doesNotContain("\tat ", "Exception:", "PSQL", "0x00", "SQL");
    for (String name : named) {
      assertThat(response.getBody()).contains(name);
    }
  }

  @Test
  void aStartFormWithNulInATextIsRefusedByTheFieldsLabelAndStartsNothing() {
    long[] before = records();
    Map<String, Object> request = TestData.request();
    request.put("requestingAuthority", "Office of the" + NUL + " Attorney General");
    ResponseEntity<String> response = rest.call("officer1", HttpMethod.POST,
        "/process-definition/key/cooperation-project/submit-form", Map.of("variables", EngineRest.variables(request)));
    assertRefused(response, "requestingAuthority");
    assertThat(EngineRest.json(response).get("message").asText()).startsWith("Requesting authority: ");
    assertThat(records()).isEqualTo(before);
  }

  @Test
  void aTaskFormWithNulInATextIsRefusedByTheFieldsLabelAndTheTaskStaysOpen() {
    String key = screening();
    String task = rest.task("officer1", key, "Task_ScreenRequest").get("id").asText();
    rest.ok(rest.claim("officer1", task));
    long[] before = records();
    ResponseEntity<String> response = rest.submit("officer1", task,
        Map.of("screeningOutcome", "INCOMPLETE", "missingInformation", "The budget" + NUL + " table"));
    assertRefused(response, "missingInformation");
    assertThat(EngineRest.json(response).get("message").asText()).startsWith("Missing information: ");
    assertThat(records()).isEqualTo(before);
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);

    ResponseEntity<String> asJson = rest.submit("officer1", task,
        Map.of("screeningOutcome", "INCOMPLETE", "missingInformation", List.of("The budget" + NUL + " table")));
    assertRefused(asJson, "missingInformation");
    assertThat(EngineRest.json(asJson).get("message").asText()).as("a NUL inside a Json variable").startsWith("Missing information: ");

    ResponseEntity<String> completion = rest.complete("officer1", task,
        Map.of("screeningOutcome", "INCOMPLETE", "missingInformation", "The budget" + NUL + " table"));
    assertRefused(completion, "missingInformation");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
  }

  @Test
  void aFrenchOfficerReadsTheRefusalWithTheFrenchLabel() {
    Map<String, Object> request = TestData.request();
    request.put("requestingAuthority", "Bureau du" + NUL + " procureur");
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("officer1", EngineRest.DEMO_PASSWORD);
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "fr");
    ResponseEntity<String> response = http.exchange(url("/engine-rest/process-definition/key/cooperation-project/submit-form"),
        HttpMethod.POST, new HttpEntity<>(Map.of("variables", EngineRest.variables(request)), headers), String.class);
    assertRefused(response, "requestingAuthority");
    assertThat(EngineRest.json(response).get("message").asText()).doesNotContain("Requesting authority").contains("caractère nul");
  }

  @Test
  void aMessageWithNulInAVariableIsRefusedNamingTheVariableAndStartsNothing() {
    long[] before = records();
    Map<String, Object> request = TestData.request();
    request.put("summary", "Support the judiciary" + NUL + " in reducing pre-trial detention.");
    ResponseEntity<String> response = rest.correlate("officer1", "RequestSubmitted", null, request);
    assertRefused(response, "summary");
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(records()).isEqualTo(before);
  }

  @Test
  void aProfileWithNulIsRefusedAndLeftAsItWas() {
    String firstName = identityService.createUserQuery().userId("officer2").singleResult().getFirstName();
    ResponseEntity<String> response = rest.call("admin", HttpMethod.PUT, "/user/officer2/profile",
        Map.of("id", "officer2", "firstName", "Ama" + NUL, "lastName", "Mensah", "email", "officer2@tc.example"));
    assertRefused(response, "firstName");
    assertThat(identityService.createUserQuery().userId("officer2").singleResult().getFirstName()).isEqualTo(firstName);
  }

  @Test
  void aQueryParameterWithNulIsRefusedNamingTheParameter() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("officer1", EngineRest.DEMO_PASSWORD);
    // a URI, not a template: the template would encode the % of %00
    assertRefused(http.exchange(java.net.URI.create(url("/engine-rest/task?firstResult=0&maxResults=10&nameLike=%00")), HttpMethod.GET,
        new HttpEntity<>(headers), String.class), "nameLike");
  }

  @Test
  void aSignInWithNulInTheUserNameIsRefusedNotAnError() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", "officer1" + NUL);
    form.add("password", EngineRest.DEMO_PASSWORD);
    ResponseEntity<String> login = http.exchange(url("/camunda/api/admin/auth/user/default/login/tasklist"), HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class);
    assertRefused(login, "username");
  }

  @Test
  void basicCredentialsWithNulInTheUserNameAreRefusedNotAnError() {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.AUTHORIZATION, "Basic " + java.util.Base64.getEncoder()
        .encodeToString(("officer1" + NUL + ":" + EngineRest.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    for (String path : List.of("/engine-rest/task?firstResult=0&maxResults=10", "/api/projects")) {
      ResponseEntity<String> response = http.exchange(url(path), HttpMethod.GET, new HttpEntity<>(headers), String.class);
      assertRefused(response, "username");
    }
  }

  @Test
  void aTaskFormSubmittedInTasklistWithNulIsRefusedByTheFieldsLabel() {
    String key = screening();
    String task = rest.task("officer1", key, "Task_ScreenRequest").get("id").asText();
    rest.ok(rest.claim("officer1", task));
    HttpHeaders session = signIn("officer1");
    session.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response = http.exchange(url("/camunda/api/engine/engine/default/task/" + task + "/submit-form"),
        HttpMethod.POST, new HttpEntity<>(Map.of("variables", EngineRest.variables(
            Map.of("screeningOutcome", "INCOMPLETE", "missingInformation", "The budget" + NUL + " table"))), session), String.class);
    assertRefused(response, "missingInformation");
    assertThat(EngineRest.json(response).get("message").asText()).startsWith("Missing information: ");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
  }

  @Test
  void aBodyInIso88591IsReadAsTheEndpointReadsItAndItsNulRefused() throws Exception {
    Map<String, Object> request = new java.util.LinkedHashMap<>(TestData.request());
    request.put("requestingAuthority", "Ministère de la Justice");
    request.put("summary", "Former le personnel" + NUL + " pénitentiaire");
    long before = projects();
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("officer1", EngineRest.DEMO_PASSWORD);
    headers.set("Content-Type", "application/json; charset=ISO-8859-1");
    ResponseEntity<String> response = http.exchange(url("/api/requests"), HttpMethod.POST,
        new HttpEntity<>(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(request)
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), headers), String.class);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getBody()).contains("summary");
    assertThat(projects()).as("nothing registered").isEqualTo(before);
  }

  private long projects() {
    return jdbc.queryForObject("select count(*) from cooperation_project", Long.class);
  }

  @Test
  void withoutSigningInTheWebappsAnswerAsTheyDoAndNothingIsReadOrLookedUpForTheCaller() {
    HttpHeaders anonymous = new HttpHeaders();
    anonymous.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response = http.exchange(
        url("/camunda/api/engine/engine/default/process-definition/key/national-consultation/submit-form"), HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", EngineRest.variables(Map.of("consultationStage", "A" + NUL))), anonymous), String.class);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isIn(401, 403);
    assertThat(String.valueOf(response.getBody())).as("no form's label told to a caller who has not signed in").doesNotContain("U+0000");
  }

  private String screening() {
    JsonNode started = EngineRest.json(rest.correlate("officer1", "RequestSubmitted", null, TestData.request()));
    String key = started.get(0).get("processInstance").get("businessKey").asText();
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> rest.task("officer1", key, "Task_ScreenRequest"));
    return key;
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private HttpHeaders signIn(String user) {
    return org.tclifecycle.WebappSession.signIn(http, port, user, "tasklist");
  }
}
