package org.tclifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;

/**
 * Hostile and oversized input: bodies past an endpoint's limit are 413, refusals list the first 100
 * problems and count the rest, and nothing answers 500 or creates anything.
 */
@IntegrationTest
class BoundedInputTest {

  static final String REQUESTS = "/api/requests";
  static final String IMPORTS = "/api/recommendations/imports";
  /** The start of a valid request as a State's system sends it, before the part each test makes hostile. */
  static final String REQUEST_HEAD = "{\"countryCode\":\"KE\",\"requestingAuthority\":\"Ministry of Justice\","
      + "\"thematicArea\":\"ADMINISTRATION_OF_JUSTICE\",\"assistanceType\":\"CAPACITY_BUILDING\","
      + "\"rightsCategories\":[\"CIVIL\"],\"estimatedBudget\":45000,\"currency\":\"USD\","
      + "\"preferredFund\":\"VOLUNTARY_FUND_TECHNICAL_COOPERATION\",\"summary\":\"Train prison staff.\",";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  int projects() {
    return jdbc.queryForObject("select count(*) from cooperation_project", Integer.class);
  }

  ResponseEntity<String> post(String user, String path, MediaType type, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    headers.setBasicAuth(user, EngineRest.DEMO_PASSWORD);
    return http.exchange("http://localhost:" + port + path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  static void assertProblem(int status, String headers, String body, int expected) {
    assertThat(status).as(body).isEqualTo(expected);
    assertThat(headers.toLowerCase()).contains("content-type: application/problem+json");
  }

  static void assertTooLarge(RawHttp.Answer answer) {
    assertProblem(answer.status(), answer.headers(), answer.body(), 413);
    assertThat(answer.body()).contains("the request body is larger than");
  }

  @Test
  void millionsOfRecommendationIdsAreRefusedBeforeTheyAreRead() throws Exception {
    int before = projects();
    String id = "\"" + TestData.RECOMMENDATION + "\",";
    long repeats = 3_000_000;
    String head = REQUEST_HEAD + "\"recommendationIds\":[";
    String tail = "\"" + TestData.RECOMMENDATION + "\"]}";
    long length = head.length() + repeats * id.length() + tail.length();
    assertTooLarge(RawHttp.post(port, REQUESTS, "external1", "application/json", length, head, () -> id, repeats, tail));
    assertTooLarge(RawHttp.post(port, REQUESTS, "external1", "application/json", -1, head, () -> id, repeats, tail));
    assertThat(projects()).isEqualTo(before);
  }

  @Test
  void aRefusalListsTheFirstHundredProblemsAndCountsTheRest() {
    int before = projects();
    StringBuilder ids = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      ids.append(i == 0 ? "" : ",").append("\"not-a-uhri-id-").append(i).append('"');
    }
    ResponseEntity<String> refused = post("external1", REQUESTS, MediaType.APPLICATION_JSON,
        REQUEST_HEAD + "\"recommendationIds\":[" + ids + "]}");
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    JsonNode problem = EngineRest.json(refused);
    assertThat(problem.get("errors")).hasSize(100);
    assertThat(problem.get("errorCount").asInt()).isEqualTo(20_001).as("20,000 ids that are no UHRI ids, and too many ids");
    assertThat(problem.get("detail").asText()).endsWith("and 19901 more");
    assertThat(refused.getBody().length()).isLessThan(50_000);
    assertThat(projects()).isEqualTo(before);
  }

  @Test
  void threeMegabytesOfEmptyRecordsGiveAShortRefusal() {
    // records with a UHRI field but nothing usable (a file of bare {} is not a UHRI export at all: one refusal)
    StringBuilder file = new StringBuilder("[");
    int records = 0;
    while (file.length() < 3_000_000) {
      file.append("{\"Body\":\"- UPR\"},");
      records++;
    }
    file.append("{\"Body\":\"- UPR\"}]");
    records++;
    ResponseEntity<String> refused = post("manager1", IMPORTS + "?mode=strict&fileName=empty-records.json", MediaType.APPLICATION_JSON,
        file.toString());
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    JsonNode problem = EngineRest.json(refused);
    assertThat(problem.get("errors")).hasSize(100);
    assertThat(problem.get("errorCount").asInt()).isGreaterThanOrEqualTo(records);
    assertThat(problem.get("detail").asText()).contains(records + " record(s) read; nothing was imported");
    assertThat(refused.getBody().length()).isLessThan(50_000);
  }

  @Test
  void aTwoHundredMegabyteStringIsRefusedWithoutA500() throws Exception {
    int before = projects();
    String kilobyte = "a".repeat(1024);
    long repeats = 200 * 1024;
    String head = REQUEST_HEAD + "\"recommendationIds\":[],\"requestingAuthorityDetails\":\"";
    long length = head.length() + repeats * kilobyte.length() + 2;
    assertTooLarge(RawHttp.post(port, REQUESTS, "external1", "application/json", length, head, () -> kilobyte, repeats, "\"}"));
    String record = "[{\"UprRecommendation\":\"";
    RawHttp.Answer export = RawHttp.post(port, IMPORTS + "?fileName=long.json", "manager1", "application/json",
        record.length() + repeats * kilobyte.length() + 3, record, () -> kilobyte, repeats, "\"}]");
    assertProblem(export.status(), export.headers(), export.body(), 400);
    assertThat(export.body()).contains("String value length").contains("nothing was imported");
    assertThat(projects()).isEqualTo(before);
  }

  @Test
  void aDuplicateKeyIsRefusedNamingTheField() {
    int before = projects();
    ResponseEntity<String> refused = post("external1", REQUESTS, MediaType.APPLICATION_JSON,
        REQUEST_HEAD + "\"recommendationIds\":[],\"countryCode\":\"BR\"}");
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    assertThat(EngineRest.json(refused).get("errors").get(0).get("field").asText()).isEqualTo("countryCode");
    ResponseEntity<String> export = post("manager1", IMPORTS + "?fileName=twice.json", MediaType.APPLICATION_JSON,
        "[{\"AnnotationId\":\"" + UUID.randomUUID() + "\",\"AnnotationId\":\"" + UUID.randomUUID() + "\"}]");
    assertThat(export.getStatusCode().value()).as(export.getBody()).isEqualTo(400);
    assertThat(export.getBody()).contains("Duplicate field 'AnnotationId'");
    assertThat(projects()).isEqualTo(before);
  }

  @Test
  void aNegativeFirstResultIsRefusedNamingTheParameter() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("manager1", EngineRest.DEMO_PASSWORD);
    for (String query : new String[] {"/engine-rest/task?firstResult=-5&maxResults=10", "/engine-rest/process-instance?firstResult=0&maxResults=-1",
        "/engine-rest/history/process-instance?firstResult=-5&maxResults=10"}) {
      ResponseEntity<String> refused = http.exchange("http://localhost:" + port + query, HttpMethod.GET, new HttpEntity<>(headers), String.class);
      assertThat(refused.getStatusCode().value()).as(query + " " + refused.getBody()).isEqualTo(400);
      assertThat(refused.getBody()).contains(query.contains("maxResults=-1") ? "maxResults" : "firstResult");
    }
    ResponseEntity<String> page = http.exchange("http://localhost:" + port + "/api/projects?page=-5", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(page.getStatusCode().value()).as(page.getBody()).isEqualTo(400);
  }

  @Test
  void deeplyNestedJsonIsRefusedWithoutA500() {
    int before = projects();
    String nested = "[".repeat(100_000) + "]".repeat(100_000);
    ResponseEntity<String> api = post("external1", REQUESTS, MediaType.APPLICATION_JSON, REQUEST_HEAD + "\"recommendationIds\":" + nested + "}");
    assertThat(api.getStatusCode().value()).as(api.getBody()).isEqualTo(400);
    ResponseEntity<String> engine = post("manager1", "/engine-rest/message", MediaType.APPLICATION_JSON,
        "{\"messageName\":\"RequestSubmitted\",\"processVariables\":{\"x\":{\"value\":" + nested + "}}}");
    assertThat(engine.getStatusCode().value()).as(engine.getBody()).isEqualTo(400);
    ResponseEntity<String> export = post("manager1", IMPORTS + "?fileName=nested.json", MediaType.APPLICATION_JSON, "[{\"Sdgs\":" + nested + "}]");
    assertThat(export.getStatusCode().value()).as(export.getBody()).isEqualTo(400);
    assertThat(projects()).isEqualTo(before);
  }
}
