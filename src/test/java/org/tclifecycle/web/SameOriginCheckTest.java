package org.tclifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;

/**
 * A page on another site makes the browser send a state-changing request with the Basic credentials it has
 * cached for us: refused 403, nothing created. Our own pages and systems without a browser pass.
 */
@IntegrationTest
class SameOriginCheckTest {

  static final String ATTACKER = "https://tc-lifecycle.attacker.example";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  String base() {
    return "http://localhost:" + port;
  }

  ResponseEntity<String> submitRequest(Map<String, String> headers) {
    HttpHeaders httpHeaders = new HttpHeaders();
    httpHeaders.setContentType(MediaType.APPLICATION_JSON);
    httpHeaders.setBasicAuth("external1", EngineRest.DEMO_PASSWORD);
    headers.forEach(httpHeaders::set);
    String body = "{\"countryCode\":\"KE\",\"requestingAuthority\":\"Ministry of Justice\",\"thematicArea\":\"ADMINISTRATION_OF_JUSTICE\","
        + "\"assistanceType\":\"CAPACITY_BUILDING\",\"summary\":\"Train prison staff on the Nelson Mandela Rules.\","
        + "\"recommendationIds\":[\"" + TestData.RECOMMENDATION + "\"],\"rightsCategories\":[\"CIVIL\"],\"estimatedBudget\":45000,"
        + "\"currency\":\"USD\",\"preferredFund\":\"VOLUNTARY_FUND_TECHNICAL_COOPERATION\"}";
    return http.exchange(base() + "/api/requests", HttpMethod.POST, new HttpEntity<>(body, httpHeaders), String.class);
  }

  int projects() {
    return jdbc.queryForObject("select count(*) from cooperation_project", Integer.class);
  }

  int instances() {
    return jdbc.queryForObject("select count(*) from act_hi_procinst", Integer.class);
  }

  static void assertRefused(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    JsonNode problem = EngineRest.json(response);
    assertThat(problem.get("detail").asText()).contains("must come from this application's own pages");
  }

  @Test
  void aCrossSiteRequestToOurApiIsRefusedAndCreatesNothing() {
    int projectsBefore = projects();
    int instancesBefore = instances();
    assertRefused(submitRequest(Map.of("Origin", ATTACKER)));
    assertRefused(submitRequest(Map.of("Referer", ATTACKER + "/innocent-page.html")));
    assertRefused(submitRequest(Map.of("Origin", "null")));
    assertRefused(submitRequest(Map.of("Origin", "http://localhost:" + (port + 1))));
    assertRefused(submitRequest(Map.of("Origin", "https://localhost:" + port)));
    assertThat(projects()).isEqualTo(projectsBefore);
    assertThat(instances()).isEqualTo(instancesBefore);
  }

  @Test
  void aFrenchCallerIsToldWhyInFrench() {
    ResponseEntity<String> refused = submitRequest(Map.of("Origin", ATTACKER, "Accept-Language", "fr"));

    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    JsonNode problem = EngineRest.json(refused);
    assertThat(problem.get("title").asText()).isEqualTo("Accès refusé");
    assertThat(problem.get("detail").asText())
        .isEqualTo("une requête qui modifie des données doit venir des pages de cette application ou d’un système sans navigateur, non de l’origine "
            + ATTACKER);
  }

  @Test
  void aCrossSiteMultipartUploadIsRefused() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setBasicAuth("manager1", EngineRest.DEMO_PASSWORD);
    headers.set("Origin", ATTACKER);
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource("[]".getBytes()) {
      @Override
      public String getFilename() {
        return "export.json";
      }
    });
    assertRefused(http.exchange(base() + "/api/recommendations/imports", HttpMethod.POST, new HttpEntity<>(form, headers), String.class));
  }

  @Test
  void aCrossSiteRequestToCamundasApisIsRefused() {
    int instancesBefore = instances();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth("external1", EngineRest.DEMO_PASSWORD);
    headers.set("Origin", ATTACKER);
    assertRefused(http.exchange(base() + "/engine-rest/message", HttpMethod.POST,
        new HttpEntity<>("{\"messageName\":\"RequestSubmitted\"}", headers), String.class));
    assertRefused(http.exchange(base() + "/engine-rest/process-instance/suspended", HttpMethod.PUT,
        new HttpEntity<>("{\"processDefinitionKey\":\"cooperation-project\",\"suspended\":true}", headers), String.class));
    HttpHeaders login = new HttpHeaders();
    login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    login.set("Origin", ATTACKER);
    assertRefused(http.exchange(base() + "/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>("username=officer1&password=Demo-2026!", login), String.class));
    assertThat(instances()).isEqualTo(instancesBefore);
  }

  @Test
  void ourOwnPagesAndSystemsWithoutABrowserPass() {
    assertThat(submitRequest(Map.of()).getStatusCode().value()).as("a State's system: no Origin").isEqualTo(201);
    assertThat(submitRequest(Map.of("Origin", base())).getStatusCode().value()).as("our own page").isEqualTo(201);
    assertThat(submitRequest(Map.of("Referer", base() + "/camunda/app/tasklist/default/")).getStatusCode().value()).isEqualTo(201);
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("external1", EngineRest.DEMO_PASSWORD);
    headers.set("Origin", ATTACKER);
    assertThat(http.exchange(base() + "/api/projects?size=1", HttpMethod.GET, new HttpEntity<>(headers), String.class)
        .getStatusCode().value()).as("a read changes nothing; the browser's same-origin policy keeps its answer from the other site").isEqualTo(200);
  }
}
