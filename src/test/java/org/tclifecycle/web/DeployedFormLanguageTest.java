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
    assertThat(french.getBody()).contains("**Projet** {{businessKey}} · **État** {{countryCode}}", "\"value\":\"ECONOMIC\"", "Économiques");
    assertThat(french.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("fr");
    assertThat(french.getHeaders().getVary()).contains("Accept-Language");
    assertThat(FormComponents.of(EngineRest.json(french)).stream().map(c -> c.path("key").asText()).toList())
        .isEqualTo(FormComponents.of(EngineRest.json(engineRest("/task/" + assessNeeds + "/deployed-form", null))).stream()
            .map(c -> c.path("key").asText()).toList());
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
    String session = tasklistLogin("officer1", EngineRest.DEMO_PASSWORD);
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.COOKIE, session);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "fr-SN,fr;q=0.9");
    ResponseEntity<String> french = http.exchange("http://localhost:" + port + "/camunda/api/engine/engine/" + processEngine.getName()
        + "/task/" + assessNeeds + "/deployed-form", HttpMethod.GET, new HttpEntity<>(headers), String.class);

    assertThat(french.getStatusCode().value()).as(french.getBody()).isEqualTo(200);
    assertThat(label(french, "priorityNeeds")).isEqualTo("Besoins prioritaires");
  }

  /** Tasklist's login: the page's CSRF cookie, then the login form; answers the session's cookies. */
  String tasklistLogin(String user, String password) {
    ResponseEntity<String> page = http.exchange("http://localhost:" + port + "/camunda/app/tasklist/" + processEngine.getName() + "/",
        HttpMethod.GET, HttpEntity.EMPTY, String.class);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    StringBuilder cookie = new StringBuilder();
    cookies(page, cookie, headers);
    headers.set(HttpHeaders.COOKIE, cookie.toString());
    ResponseEntity<String> login = http.exchange("http://localhost:" + port + "/camunda/api/admin/auth/user/" + processEngine.getName()
        + "/login/tasklist", HttpMethod.POST, new HttpEntity<>("username=" + user + "&password=" + password, headers), String.class);
    assertThat(login.getStatusCode().value()).as(login.getBody()).isEqualTo(200);
    StringBuilder session = new StringBuilder();
    cookies(login, session, new HttpHeaders());
    return session.isEmpty() ? cookie.toString() : session.toString();
  }

  private static void cookies(ResponseEntity<String> response, StringBuilder cookie, HttpHeaders headers) {
    for (String set : response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of())) {
      String pair = set.split(";", 2)[0];
      cookie.append(cookie.isEmpty() ? "" : "; ").append(pair);
      if (pair.startsWith("XSRF-TOKEN=")) {
        headers.set("X-XSRF-TOKEN", pair.substring("XSRF-TOKEN=".length()));
      }
    }
  }
}
