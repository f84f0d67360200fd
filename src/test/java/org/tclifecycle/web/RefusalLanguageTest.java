package org.tclifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
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
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;

/** Refusals speak the caller's language (Accept-Language), English by default; a form's fields by their labels. */
@IntegrationTest
class RefusalLanguageTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  ResponseEntity<String> call(String acceptLanguage, HttpMethod method, String path, Object body) {
    return call("officer1", acceptLanguage, method, path, body);
  }

  ResponseEntity<String> call(String user, String acceptLanguage, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, EngineRest.DEMO_PASSWORD);
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (acceptLanguage != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }
    return http.exchange("http://localhost:" + port + path, method, new HttpEntity<>(body, headers), String.class);
  }

  @Test
  void aFormRefusedToAFrenchOfficerNamesTheFieldsByTheirFrenchLabels() {
    Map<String, Object> request = TestData.request();
    request.put("recommendationIds", List.of(TestData.RECOMMENDATION));
    String key = rest.projectAtNeedsAssessment(request);
    String task = rest.task("officer1", key, "Task_AssessNeeds").get("id").asText();
    rest.ok(rest.claim("officer1", task));
    Map<String, Object> values = Map.of("variables", EngineRest.variables(Map.of(
        "findings", " ", "priorityNeeds", "Courts", "rightsCategories", List.of("CIVIL"), "recommendationIds", List.of())));

    ResponseEntity<String> french = call("fr-FR,fr;q=0.9", HttpMethod.POST, "/engine-rest/task/" + task + "/submit-form", values);
    ResponseEntity<String> english = call(null, HttpMethod.POST, "/engine-rest/task/" + task + "/submit-form", values);

    assertThat(french.getStatusCode().value()).as(french.getBody()).isEqualTo(400);
    assertThat(EngineRest.json(french).get("message").asText()).contains("Constats: ne doit pas être vide").doesNotContain("Findings");
    assertThat(english.getStatusCode().value()).isEqualTo(400);
    assertThat(EngineRest.json(english).get("message").asText()).contains("Findings: must not be blank");
  }

  @Test
  void aValueOfTheWrongTypeIsRefusedInFrench() {
    Map<String, Object> request = TestData.request();
    request.put("recommendationIds", "05/11/2026");
    ResponseEntity<String> refused = call("fr", HttpMethod.POST, "/api/requests", request);

    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    JsonNode problem = EngineRest.json(refused);
    assertThat(problem.get("title").asText()).isEqualTo("Saisie non valide");
    assertThat(problem.get("detail").asText()).isEqualTo("Recommandations de l'EPU concernées: n’a pas le bon type ou le bon format");
    assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("recommendationIds");
    assertThat(problem.get("errors").get(0).get("label").asText()).isEqualTo("Recommandations de l'EPU concernées");
    assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("n’a pas le bon type ou le bon format");
  }

  @Test
  void anApiBodyRefusedToAFrenchCallerNamesEachFieldByItsFrenchLabelWithTheAnnotationsMessagesInFrench() {
    Map<String, Object> request = TestData.request();
    request.put("recommendationIds", List.of("not a reference"));
    request.put("estimatedBudget", -5);
    request.put("contactEmail", "justice at gov.example");
    request.put("contactLanguage", "de");

    ResponseEntity<String> french = call("fr-CH,fr;q=0.9,en;q=0.5", HttpMethod.POST, "/api/requests", request);
    ResponseEntity<String> english = call(null, HttpMethod.POST, "/api/requests", request);

    assertThat(french.getStatusCode().value()).as(french.getBody()).isEqualTo(400);
    JsonNode problem = EngineRest.json(french);
    assertThat(problem.get("title").asText()).isEqualTo("Saisie non valide");
    Map<String, JsonNode> errors = byField(problem);
    assertThat(errors).containsOnlyKeys("estimatedBudget", "contactEmail", "contactLanguage", "recommendationIds[0]");
    assertError(errors.get("estimatedBudget"), "Budget estimé", "doit être positif");
    assertError(errors.get("contactEmail"), "Adresse électronique de contact",
        "doit être une adresse électronique telle que contact@ministere.example");
    assertError(errors.get("contactLanguage"), "Langue des courriers électroniques", "doit être en ou fr");
    assertError(errors.get("recommendationIds[0]"), "Recommandations de l'EPU concernées",
        "doit contenir des identifiants de recommandations de l’Index universel des droits de l’homme (UUID) ou des références telles que A/HRC/35/10, para. 140.1");
    assertThat(problem.get("detail").asText())
        .contains("Budget estimé: doit être positif", "Langue des courriers électroniques: doit être en ou fr")
        .doesNotContain("must", "estimatedBudget");

    assertThat(english.getStatusCode().value()).as(english.getBody()).isEqualTo(400);
    Map<String, JsonNode> inEnglish = byField(EngineRest.json(english));
    assertError(inEnglish.get("estimatedBudget"), "Estimated budget", "must be positive");
    assertError(inEnglish.get("contactEmail"), "Contact e-mail", "must be an e-mail address such as contact@ministry.example");
    assertError(inEnglish.get("contactLanguage"), "Language of e-mails", "must be en or fr");
    assertThat(EngineRest.json(english).get("detail").asText()).contains("Estimated budget: must be positive");
  }

  @Test
  void aParametersAnnotationMessageIsInTheCallersLanguage() {
    ResponseEntity<String> french = call("fr", HttpMethod.GET, "/api/projects/not-a-key", null);
    ResponseEntity<String> english = call(null, HttpMethod.GET, "/api/projects/not-a-key", null);

    assertThat(french.getStatusCode().value()).as(french.getBody()).isEqualTo(400);
    assertThat(EngineRest.json(french).get("errors").get(0).get("message").asText())
        .isEqualTo("doit être une référence de projet telle que TC-2026-0001");
    assertThat(EngineRest.json(english).get("errors").get(0).get("message").asText())
        .isEqualTo("must be a business key such as TC-2026-0001");
  }

  @Test
  void aStartFormRefusedToAFrenchOfficerGivesTheAnnotationsMessagesInFrench() {
    Map<String, Object> request = TestData.request();
    request.put("contactEmail", "justice at gov.example");
    request.put("contactLanguage", "de");
    Map<String, Object> values = Map.of("variables", EngineRest.variables(request));
    String path = "/engine-rest/process-definition/key/cooperation-project/submit-form";

    ResponseEntity<String> french = call("fr", HttpMethod.POST, path, values);
    ResponseEntity<String> english = call(null, HttpMethod.POST, path, values);

    assertThat(french.getStatusCode().value()).as(french.getBody()).isEqualTo(400);
    assertThat(EngineRest.json(french).get("message").asText())
        .contains("Adresse électronique de contact: doit être une adresse électronique telle que contact@ministere.example",
            "Langue des courriers électroniques: doit être en ou fr")
        .doesNotContain("must");
    assertThat(english.getStatusCode().value()).as(english.getBody()).isEqualTo(400);
    assertThat(EngineRest.json(english).get("message").asText())
        .contains("Contact e-mail: must be an e-mail address such as contact@ministry.example", "Language of e-mails: must be en or fr");
  }

  private static Map<String, JsonNode> byField(JsonNode problem) {
    Map<String, JsonNode> errors = new java.util.TreeMap<>();
    problem.get("errors").forEach(error -> errors.put(error.get("field").asText(), error));
    return errors;
  }

  private static void assertError(JsonNode error, String label, String message) {
    assertThat(error).as("an error for the field labelled " + label).isNotNull();
    assertThat(error.get("label").asText()).isEqualTo(label);
    assertThat(error.get("message").asText()).isEqualTo(message);
  }

  @Test
  void withoutAnAcceptLanguageTheRefusalIsEnglish() {
    Map<String, Object> request = TestData.request();
    request.put("unknownThing", 1);
    request.put("recommendationIds", List.of(TestData.RECOMMENDATION));
    JsonNode problem = EngineRest.json(call(null, HttpMethod.POST, "/api/requests", request));

    assertThat(problem.get("title").asText()).isEqualTo("Invalid input");
    assertThat(problem.get("detail").asText()).isEqualTo("unknownThing is not a known field");
    assertThat(EngineRest.json(call("fr", HttpMethod.POST, "/api/requests", request)).get("detail").asText())
        .isEqualTo("unknownThing n’est pas un champ connu");
  }

  @Test
  void aStagesOwnRefusalOfAFormReadsInFrenchWithTheFieldsFrenchLabel() {
    Map<String, Object> request = TestData.request();
    request.put("recommendationIds", List.of(TestData.RECOMMENDATION));
    ResponseEntity<String> created = rest.api("officer1", HttpMethod.POST, "/api/requests", request);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    String key = EngineRest.json(created).get("businessKey").asText();
    rest.awaitTask(key, "Task_ScreenRequest");
    String task = rest.task("officer1", key, "Task_ScreenRequest").get("id").asText();
    rest.ok(rest.claim("officer1", task));
    Map<String, Object> incompleteWithoutSayingWhat = Map.of("variables", EngineRest.variables(Map.of("screeningOutcome", "INCOMPLETE")));

    ResponseEntity<String> french = call("fr", HttpMethod.POST, "/engine-rest/task/" + task + "/submit-form", incompleteWithoutSayingWhat);
    ResponseEntity<String> english = call(null, HttpMethod.POST, "/engine-rest/task/" + task + "/submit-form", incompleteWithoutSayingWhat);

    assertThat(french.getStatusCode().value()).as(french.getBody()).isEqualTo(400);
    assertThat(EngineRest.json(french).get("message").asText())
        .isEqualTo("Informations manquantes: doit préciser ce que le demandeur doit ajouter");
    assertThat(english.getStatusCode().value()).as(english.getBody()).isEqualTo(400);
    assertThat(EngineRest.json(english).get("message").asText())
        .isEqualTo("Missing information: must say what the requester has to add");
    assertThat(rest.task("officer1", key, "Task_ScreenRequest").get("id").asText()).as("the task stays open").isEqualTo(task);
  }

  @Test
  void aServicesOwnRefusalOverTheApiIsAFrenchProblemDetailForAFrenchCaller() {
    String reversed = "/api/portfolio/heatmap?from=2026-03-01&to=2026-02-01";
    ResponseEntity<String> french = call("manager1", "fr-FR,fr;q=0.9", HttpMethod.GET, reversed, null);
    ResponseEntity<String> english = call("manager1", null, HttpMethod.GET, reversed, null);

    assertThat(french.getStatusCode().value()).as(french.getBody()).isEqualTo(400);
    JsonNode problem = EngineRest.json(french);
    assertThat(problem.get("title").asText()).isEqualTo("Saisie non valide");
    assertThat(problem.get("detail").asText()).isEqualTo("from ne doit pas venir après to (2026-02-01)");
    assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("ne doit pas venir après to (2026-02-01)");
    assertThat(english.getStatusCode().value()).as(english.getBody()).isEqualTo(400);
    assertThat(EngineRest.json(english).get("detail").asText()).isEqualTo("from must not be after to (2026-02-01)");
    assertThat(EngineRest.json(call("manager1", "fr", HttpMethod.GET, "/api/portfolio/heatmap?from=2000-01-01&to=2026-01-01", null))
        .get("detail").asText()).isEqualTo("from la période peut couvrir au plus 20 ans");
  }

  @Test
  void anApiRefusalSaysWhatIsMissingInFrench() {
    ResponseEntity<String> french = call("fr", HttpMethod.GET, "/api/panels/987654", null);
    ResponseEntity<String> english = call(null, HttpMethod.GET, "/api/panels/987654", null);

    assertThat(french.getStatusCode().value()).as(french.getBody()).isEqualTo(404);
    assertThat(EngineRest.json(french).get("title").asText()).isEqualTo("Introuvable");
    assertThat(EngineRest.json(french).get("detail").asText()).isEqualTo("Réunion-débat 987654 : introuvable");
    assertThat(EngineRest.json(english).get("title").asText()).isEqualTo("Not Found");
    assertThat(EngineRest.json(english).get("detail").asText()).isEqualTo("Panel 987654 was not found");
  }
}
