package org.tclifecycle.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;
import org.tclifecycle.consent.ConsentRepository;
import org.tclifecycle.design.ProjectDesignRepository;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectRepository;

/** Bad input is refused with 4xx and a message naming the field, and leaves nothing behind. */
@IntegrationTest
class RefusedInputTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ProjectRepository projects;
  @Autowired ConsentRepository consents;
  @Autowired ProjectDesignRepository designs;
  @Autowired RuntimeService runtimeService;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  long instances() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("cooperation-project").count();
  }

  void assertRefused(ResponseEntity<String> response, HttpStatus status, String... fields) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getBody()).as("no stack trace").doesNotContain("\tat ", "at org.");
    for (String field : fields) {
      assertThat(response.getBody()).contains(field);
    }
  }

  String projectWaitingForConsent() {
    String key = EngineRest.json(rest.correlate("officer1", "RequestSubmitted", null, TestData.request()))
        .get(0).get("processInstance").get("businessKey").asText();
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> rest.task("officer1", key, "Task_ScreenRequest"));
    rest.work("officer1", key, "Task_ScreenRequest", Map.of("screeningOutcome", "COMPLETE"));
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> rest.task("officer1", key, "Task_RecordConsent"));
    return key;
  }

  String projectWaitingForDesign() {
    String key = projectWaitingForConsent();
    rest.giveConsent("external1", key);
    rest.work("officer1", key, "Task_AssessNeeds", TestData.assessment());
    rest.consult("officer1", key, "KE", "Task_DesignProject");
    return key;
  }

  @Test
  void invalidRequestMessageStartsNothingAndWritesNothing() {
    long before = instances();
    long projectsBefore = projects.count();
    Map<String, Object> request = TestData.request();
    request.put("countryCode", "XX");
    request.put("currency", "DOLLARS");
    request.put("estimatedBudget", -5);
    request.put("thematicArea", "ASTROLOGY");
    request.put("summary", "x".repeat(4001));
    request.put("recommendationIds", "not-a-uuid");
    assertRefused(rest.correlate("officer1", "RequestSubmitted", null, request), HttpStatus.BAD_REQUEST,
        "countryCode", "currency", "estimatedBudget", "thematicArea", "summary", "recommendationIds");
    assertThat(instances()).isEqualTo(before);
    assertThat(projects.count()).isEqualTo(projectsBefore);
  }

  @Test
  void invalidStartFormIsRefusedWithAFormMessage() {
    long before = instances();
    Map<String, Object> request = TestData.request();
    request.remove("requestingAuthority");
    request.put("rightsCategories", java.util.List.of());
    ResponseEntity<String> response = rest.call("officer1", HttpMethod.POST,
        "/process-definition/key/cooperation-project/submit-form", Map.of("variables", EngineRest.variables(request)));
    assertRefused(response, HttpStatus.BAD_REQUEST, "requestingAuthority", "rightsCategories");
    assertThat(EngineRest.json(response).get("message").asText())
        .as("Tasklist shows the message: fields by their labels, no engine prefix")
        .contains("Requesting authority: ", "Rights categories affected: ")
        .doesNotContain("Cannot instantiate", "cooperation-project:", "requestingAuthority");
    assertThat(instances()).isEqualTo(before);
  }

  @Test
  void aStartFormWithABadContactEmailIsRefusedNamingTheFieldByItsLabel() {
    long before = instances();
    Map<String, Object> request = TestData.request();
    request.put("contactEmail", "justice at gov.example");
    ResponseEntity<String> response = rest.call("officer1", HttpMethod.POST,
        "/process-definition/key/cooperation-project/submit-form", Map.of("variables", EngineRest.variables(request)));
    assertRefused(response, HttpStatus.BAD_REQUEST, "contactEmail");
    assertThat(EngineRest.json(response).get("message").asText()).contains("Contact e-mail: must be an e-mail address");
    assertThat(instances()).isEqualTo(before);
  }

  @Test
  void ambiguousDateAndAmountOnAFormAreRefusedInWordsNotReinterpreted() {
    long before = instances();
    Map<String, Object> request = TestData.request();
    request.put("estimatedBudget", "120,5");
    ResponseEntity<String> response = rest.call("officer1", HttpMethod.POST,
        "/process-definition/key/cooperation-project/submit-form", Map.of("variables", EngineRest.variables(request)));
    assertRefused(response, HttpStatus.BAD_REQUEST, "estimatedBudget");
    assertThat(EngineRest.json(response).get("message").asText())
        .startsWith("Estimated budget: \"120,5\" is not an amount we can read without guessing");
    assertThat(instances()).isEqualTo(before);

    String key = projectWaitingForConsent();
    Map<String, Object> consent = TestData.consent();
    consent.put("consentDecision", "GIVEN");
    consent.put("consentDate", "05/11/2026");
    String taskId = rest.task("officer1", key, "Task_RecordConsent").get("id").asText();
    rest.ok(rest.claim("officer1", taskId));
    ResponseEntity<String> refused = rest.complete("officer1", taskId, consent);
    assertRefused(refused, HttpStatus.BAD_REQUEST, "consentDate");
    assertThat(EngineRest.json(refused).get("message").asText())
        .startsWith("Date of the decision: \"05/11/2026\" is not a date we can read without guessing")
        .doesNotContain(taskId);
    assertThat(consents.findByProjectIdOrderByIdAsc(projects.findByBusinessKey(key).orElseThrow().getId())).isEmpty();
  }

  /**
   * Tasklist submits through the webapps' engine API, not /engine-rest: a refused start form and a refused task form
   * there answer with the refusal in words and the field keys under "fields" (for the message beside each field),
   * not Camunda's "Cannot instantiate process definition …".
   */
  @Test
  void tasklistsOwnApiAnswersARefusedFormWithItsFieldsAndWithoutCamundasPrefix() {
    long before = instances();
    org.springframework.http.HttpHeaders session = org.tclifecycle.WebappSession.signIn(http, port, "officer1", "tasklist");
    session.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    session.set(org.springframework.http.HttpHeaders.ACCEPT_LANGUAGE, "fr");
    String definition = rest.ok(rest.call("officer1", HttpMethod.GET, "/process-definition/key/cooperation-project", null)).get("id").asText();
    Map<String, Object> request = TestData.request();
    request.put("estimatedBudget", "120,5");
    ResponseEntity<String> refused = http.exchange("http://localhost:" + port + "/camunda/api/engine/engine/default/process-definition/"
        + definition + "/submit-form", HttpMethod.POST,
        new org.springframework.http.HttpEntity<>(Map.of("variables", EngineRest.variables(request)), session), String.class);
    assertRefused(refused, HttpStatus.BAD_REQUEST, "estimatedBudget");
    com.fasterxml.jackson.databind.JsonNode body = EngineRest.json(refused);
    assertThat(body.get("type").asText()).isEqualTo("RefusedFormInput");
    assertThat(body.get("message").asText()).startsWith("Budget estimé").doesNotContain("Cannot instantiate", definition);
    assertThat(body.get("fields").get("estimatedBudget").asText()).contains("« 120,5 »");
    assertThat(instances()).isEqualTo(before);

    String key = projectWaitingForConsent();
    String taskId = rest.task("officer1", key, "Task_RecordConsent").get("id").asText();
    rest.ok(rest.claim("officer1", taskId));
    Map<String, Object> consent = TestData.consent();
    consent.put("consentDecision", "GIVEN");
    consent.put("consentDate", "05/11/2026");
    ResponseEntity<String> refusedTask = http.exchange("http://localhost:" + port + "/camunda/api/engine/engine/default/task/" + taskId
        + "/submit-form", HttpMethod.POST,
        new org.springframework.http.HttpEntity<>(Map.of("variables", EngineRest.variables(consent)), session), String.class);
    assertRefused(refusedTask, HttpStatus.BAD_REQUEST, "consentDate");
    assertThat(EngineRest.json(refusedTask).get("fields").has("consentDate")).isTrue();
    assertThat(EngineRest.json(refusedTask).get("message").asText()).startsWith("Date de la décision").doesNotContain(taskId);
  }

  @Test
  void validStartFormRegistersTheRequestAsNoteVerbale() {
    var started = rest.ok(rest.call("officer1", HttpMethod.POST,
        "/process-definition/key/cooperation-project/submit-form", Map.of("variables", EngineRest.variables(TestData.request()))));
    Project project = projects.findByBusinessKey(started.get("businessKey").asText()).orElseThrow();
    assertThat(project.getIntakeChannel().name()).isEqualTo("NOTE_VERBALE");
  }

  @Test
  void consentMessageWithoutSignatoryIsRefusedAndTheRequestStillWaits() {
    String key = projectWaitingForConsent();
    Project project = projects.findByBusinessKey(key).orElseThrow();
    Map<String, Object> consent = TestData.consent();
    consent.remove("consentSignatory");
    consent.put("consentValidUntil", LocalDate.now().minusYears(1).toString());
    assertRefused(rest.correlate("admin", "ConsentGiven", key, consent), HttpStatus.BAD_REQUEST,
        "consentSignatory", "consentValidUntil");
    assertThat(consents.findByProjectIdOrderByIdAsc(project.getId())).isEmpty();
    rest.task("officer1", key, "Task_RecordConsent");
  }

  /** One rule for the three paths a consent decision takes: the API body, an engine-rest message, the officer's form. */
  @Test
  void markupInTheSignatoryOrReferenceIsRefusedOnEveryPath() {
    String key = projectWaitingForConsent();
    Map<String, Object> consent = TestData.consent();
    consent.put("consentSignatory", "<b>Minister</b>");
    consent.put("consentReference", "NV/2026/<1>");
    assertRefused(rest.correlate("admin", "ConsentGiven", key, consent), HttpStatus.BAD_REQUEST, "consentSignatory", "consentReference");
    String taskId = rest.task("officer1", key, "Task_RecordConsent").get("id").asText();
    rest.ok(rest.claim("officer1", taskId));
    consent.put("consentDecision", "GIVEN");
    assertRefused(rest.complete("officer1", taskId, consent), HttpStatus.BAD_REQUEST, "consentSignatory", "consentReference");
    assertRefused(rest.api("external1", org.springframework.http.HttpMethod.POST, "/api/requests/" + key + "/consent",
        Map.of("decision", "GIVEN", "signatory", "<b>Minister</b>", "date", LocalDate.now().toString(), "reference", "NV/2026/<1>")),
        HttpStatus.BAD_REQUEST, "signatory", "reference");
    assertThat(consents.findByProjectIdOrderByIdAsc(projects.findByBusinessKey(key).orElseThrow().getId())).isEmpty();
  }

  @Test
  void paperConsentDatedInTheFutureIsRefused() {
    String key = projectWaitingForConsent();
    Map<String, Object> consent = TestData.consent();
    consent.put("consentDecision", "GIVEN");
    consent.put("consentDate", LocalDate.now().plusDays(3).toString());
    String taskId = rest.task("officer1", key, "Task_RecordConsent").get("id").asText();
    rest.ok(rest.claim("officer1", taskId));
    assertRefused(rest.complete("officer1", taskId, consent), HttpStatus.BAD_REQUEST, "consentDate");
    consent.put("consentDecision", "WITHDRAWN");
    consent.put("consentDate", LocalDate.now().toString());
    assertRefused(rest.complete("officer1", taskId, consent), HttpStatus.BAD_REQUEST, "consentDecision");
    assertThat(consents.findByProjectIdOrderByIdAsc(projects.findByBusinessKey(key).orElseThrow().getId())).isEmpty();
  }

  @Test
  void messageThatMakesNoSenseInTheCurrentStateIsRefused() {
    String key = projectWaitingForConsent();
    assertRefused(rest.correlate("admin", "ConsentWithdrawn", key, TestData.consent()), HttpStatus.BAD_REQUEST, "ConsentWithdrawn");
  }

  @Test
  void designWithNegativeBudgetIsRefusedAndWritesNothing() {
    String key = projectWaitingForDesign();
    Map<String, Object> design = TestData.design();
    design.put("budget", -10);
    design.put("durationMonths", 2.5);
    String taskId = rest.task("officer1", key, "Task_DesignProject").get("id").asText();
    rest.ok(rest.claim("officer1", taskId));
    assertRefused(rest.complete("officer1", taskId, design), HttpStatus.BAD_REQUEST, "budget", "durationMonths");
    Project project = projects.findByBusinessKey(key).orElseThrow();
    assertThat(designs.findByProjectIdOrderByIdAsc(project.getId())).isEmpty();
    assertThat(project.getDesignedBy()).isNull();
    rest.task("officer1", key, "Task_DesignProject");
  }

  @Test
  void designWithBadIndicatorsIsRefusedFieldByFieldAndWritesNothing() {
    String key = projectWaitingForDesign();
    Map<String, Object> design = TestData.design();
    design.put("indicator1TargetValue", 150);
    design.put("indicator1Recommendations", java.util.List.of("00000000-0000-0000-0000-000000000000"));
    design.put("indicator2TargetValue", 3);
    design.put("indicator3Title", "Half-defined indicator");
    design.put("indicator1TargetDate", java.time.LocalDate.now().minusDays(1).toString());
    String taskId = rest.task("officer1", key, "Task_DesignProject").get("id").asText();
    rest.ok(rest.claim("officer1", taskId));
    assertRefused(rest.complete("officer1", taskId, design), HttpStatus.BAD_REQUEST,
        "\"indicator1TargetValue\":\"must be a percentage between 0 and 100", "\"indicator1Recommendations\":\"must name recommendations linked to the project",
        "\"indicator1TargetDate\":\"must not be in the past", "\"indicator2TargetValue\":\"must be empty for a qualitative indicator",
        "\"indicator3Type\":\"is required for a defined indicator", "\"indicator3Source\":\"is required");
    Map<String, Object> none = new java.util.HashMap<>(TestData.design());
    for (int n = 1; n <= 2; n++) {
      int number = n;
      none.keySet().removeIf(field -> field.startsWith("indicator" + number));
    }
    assertRefused(rest.complete("officer1", taskId, none), HttpStatus.BAD_REQUEST, "\"indicator1Title\":\"is required: define at least one indicator");
    assertThat(designs.findByProjectIdOrderByIdAsc(projects.findByBusinessKey(key).orElseThrow().getId())).isEmpty();
  }

  @Test
  void designerCannotDecideFundingButAnotherManagerCan() {
    String key = projectWaitingForDesign();
    rest.work("manager1", key, "Task_DesignProject", TestData.design());
    rest.consult("officer1", key, "KE", "Task_DecideFunding");

    String taskId = rest.task("manager1", key, "Task_DecideFunding").get("id").asText();
    assertRefused(rest.claim("manager1", taskId), HttpStatus.FORBIDDEN, "four eyes");
    assertRefused(rest.complete("manager1", taskId, Map.of("fundingDecision", "APPROVE", "fundingJustification", "ok")),
        HttpStatus.FORBIDDEN, "four eyes");
    // an officer cannot take a manager's approval, nor learn that the id is a task: it is out of their sight
    assertRefused(rest.claim("officer1", taskId), HttpStatus.NOT_FOUND, "does not exist, or you may not see it");
    assertRefused(rest.complete("officer1", taskId, Map.of("fundingDecision", "APPROVE", "fundingJustification", "ok")),
        HttpStatus.NOT_FOUND, "does not exist, or you may not see it");
    rest.work("manager2", key, "Task_DecideFunding", Map.of("fundingDecision", "REJECT", "overrideConfirmed", true,
        "fundingJustification", "Out of scope: the State asks for court buildings, which this fund does not pay for, whatever the criteria score."));
    assertThat(projects.findByBusinessKey(key).orElseThrow().getStatus().name()).isEqualTo("REJECTED");
  }
}
