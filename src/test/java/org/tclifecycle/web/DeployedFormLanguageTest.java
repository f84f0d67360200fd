package org.tclifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.tclifecycle.input.FormComponents;

/**
 * The form of a task reads in the caller's language, for Tasklist (the webapps' API) and for any client of
 * Camunda's REST API alike; what it submits does not change.
 */
@IntegrationTest
class DeployedFormLanguageTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine processEngine;

  EngineRest rest;
  String assessNeeds;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
    java.util.Map<String, Object> request = TestData.request();
    request.put("recommendationIds", List.of(TestData.RECOMMENDATION));
    String key = rest.projectAtNeedsAssessment(request);
    assessNeeds = rest.task("officer1", key, "Task_AssessNeeds").get("id").asText();
  }

  ResponseEntity<String> engineRest(String path, String acceptLanguage) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("officer1", EngineRest.DEMO_PASSWORD);
    if (acceptLanguage != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }
    return http.exchange("http://localhost:" + port + "/engine-rest" + path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  static String label(ResponseEntity<String> form, String key) {
    JsonNode json = EngineRest.json(form);
    return FormComponents.of(json).stream().filter(c -> key.equals(c.path("key").asText())).findFirst().orElseThrow().path("label").asText();
  }

  @Test
  void engineRestGivesTheFormInFrenchToAFrenchCaller() {
    ResponseEntity<String> french = engineRest("/task/" + assessNeeds + "/deployed-form", "fr-FR,fr;q=0.9,en;q=0.5");

    assertThat(french.getStatusCode().value()).as(french.getBody()).isEqualTo(200);
    assertThat(label(french, "findings")).isEqualTo("Constats");
    assertThat(label(french, "rightsCategories")).isEqualTo("Catégories de droits concernées");
    assertThat(french.getBody()).contains("**Projet** {{businessKey}} · **État** {{stateName}}", "\"value\":\"ECONOMIC\"", "Économiques");
    assertThat(french.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("fr");
    assertThat(french.getHeaders().getVary()).contains("Accept-Language");
    assertThat(FormComponents.of(EngineRest.json(french)).stream().map(c -> c.path("key").asText()).toList())
        .isEqualTo(FormComponents.of(EngineRest.json(engineRest("/task/" + assessNeeds + "/deployed-form", null))).stream()
            .map(c -> c.path("key").asText()).toList());
  }

  @Test
  void taskListsNameTheTasksInTheCallersLanguage() {
    JsonNode french = EngineRest.json(engineRest("/task/" + assessNeeds, "fr"));
    JsonNode english = EngineRest.json(engineRest("/task/" + assessNeeds, null));

    assertThat(english.get("name").asText()).matches("Assess needs: TC-\\d{4}-\\d{4} \\(Kenya\\)");
    assertThat(french.get("name").asText()).isEqualTo(english.get("name").asText().replace("Assess needs: ", "Évaluer les besoins : "));
    assertThat(EngineRest.json(engineRest("/task?firstResult=0&maxResults=50&taskId=" + assessNeeds, "fr-FR")).get(0).get("name").asText())
        .startsWith("Évaluer les besoins : TC-");
  }

  @Test
  void processesAreNamedInTheCallersLanguageInTheStartMenuAndOnTasks() {
    ResponseEntity<String> startMenu = engineRest("/process-definition?latestVersion=true&key=cooperation-project&firstResult=0&maxResults=15", "fr");
    JsonNode french = EngineRest.json(startMenu);
    assertThat(french.size()).as(startMenu.getBody()).isEqualTo(1);
    assertThat(french.get(0).get("name").asText()).isEqualTo("Projet de coopération");
    assertThat(french.get(0).get("key").asText()).as("the key stays").isEqualTo("cooperation-project");
    assertThat(EngineRest.json(engineRest("/process-definition/key/cooperation-project", null)).get("name").asText())
        .isEqualTo("Cooperation project");
    assertThat(EngineRest.json(engineRest("/process-definition/key/cooperation-project?lang=fr", null)).get("name").asText())
        .isEqualTo("Projet de coopération");
  }

  @Test
  void englishIsTheDefaultAndLangChoosesExplicitly() {
    assertThat(label(engineRest("/task/" + assessNeeds + "/deployed-form", null), "findings")).isEqualTo("Findings");
    assertThat(label(engineRest("/task/" + assessNeeds + "/deployed-form", "en-GB"), "findings")).isEqualTo("Findings");
    assertThat(label(engineRest("/task/" + assessNeeds + "/deployed-form", "sw-KE"), "findings")).isEqualTo("Findings");
    assertThat(label(engineRest("/task/" + assessNeeds + "/deployed-form?lang=fr", "en"), "findings")).isEqualTo("Constats");
  }

  @Test
  void aStartFormReadsInFrenchToo() {
    String definition = EngineRest.json(engineRest("/process-definition/key/cooperation-project", null)).get("id").asText();
    ResponseEntity<String> start = engineRest("/process-definition/" + definition + "/deployed-start-form", "fr");
    assertThat(start.getStatusCode().value()).as(start.getBody()).isEqualTo(200);
    assertThat(label(start, "countryCode")).isEqualTo("État demandeur");
    assertThat(start.getBody()).contains("\"label\":\"Sénégal\",\"value\":\"SN\"");
  }

  @Test
  void tasklistGetsTheFormInTheBrowsersLanguage() {
    HttpHeaders headers = tasklistLogin("officer1", EngineRest.DEMO_PASSWORD);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "fr-SN,fr;q=0.9");
    ResponseEntity<String> french = http.exchange("http://localhost:" + port + "/camunda/api/engine/engine/" + processEngine.getName()
        + "/task/" + assessNeeds + "/deployed-form", HttpMethod.GET, new HttpEntity<>(headers), String.class);

    assertThat(french.getStatusCode().value()).as(french.getBody()).isEqualTo(200);
    assertThat(label(french, "priorityNeeds")).isEqualTo("Besoins prioritaires");

  }

  @Test
  void aFiltersTaskListAsTasklistReadsItNamesTheTasksInFrench() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("officer1", EngineRest.DEMO_PASSWORD);
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "fr");
    String api = "http://localhost:" + port + "/engine-rest";
    ResponseEntity<String> filters = http.exchange(api + "/filter?firstResult=0&maxResults=10", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(EngineRest.json(filters).size()).as(filters.getBody()).isPositive();
    String filter = EngineRest.json(filters).get(0).get("id").asText();
    headers.set(HttpHeaders.ACCEPT, "application/hal+json");
    ResponseEntity<String> list = http.exchange(api + "/filter/" + filter + "/list?firstResult=0&maxResults=200", HttpMethod.POST,
        new HttpEntity<>("{}", headers), String.class);
    assertThat(list.getStatusCode().value()).as(list.getBody()).isEqualTo(200);
    assertThat(EngineRest.json(list).findValuesAsText("name")).as("a filter's list, as Tasklist asks for it (HAL)")
        .anyMatch(name -> name.startsWith("Évaluer les besoins : TC-")).noneMatch(name -> name.startsWith("Assess needs"));
  }

  /** Tasklist's login: the page's CSRF cookie, then the login form; answers the session's cookie and CSRF header. */
  HttpHeaders tasklistLogin(String user, String password) {
    java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();
    ResponseEntity<String> page = http.exchange("http://localhost:" + port + "/camunda/app/tasklist/" + processEngine.getName() + "/",
        HttpMethod.GET, HttpEntity.EMPTY, String.class);
    remember(page, cookies);
    HttpHeaders headers = session(cookies);
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> login = http.exchange("http://localhost:" + port + "/camunda/api/admin/auth/user/" + processEngine.getName()
        + "/login/tasklist", HttpMethod.POST, new HttpEntity<>("username=" + user + "&password=" + password, headers), String.class);
    assertThat(login.getStatusCode().value()).as(login.getBody()).isEqualTo(200);
    remember(login, cookies);
    return session(cookies);
  }

  private static void remember(ResponseEntity<String> response, java.util.Map<String, String> cookies) {
    for (String set : response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of())) {
      String[] pair = set.split(";", 2)[0].split("=", 2);
      cookies.put(pair[0], pair.length > 1 ? pair[1] : "");
    }
  }

  private static HttpHeaders session(java.util.Map<String, String> cookies) {
    HttpHeaders headers = new HttpHeaders();
    StringBuilder cookie = new StringBuilder();
    cookies.forEach((name, value) -> cookie.append(cookie.isEmpty() ? "" : "; ").append(name).append('=').append(value));
    headers.set(HttpHeaders.COOKIE, cookie.toString());
    if (cookies.containsKey("XSRF-TOKEN")) {
      headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    return headers;
  }
}
