package org.tclifecycle.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tclifecycle.EngineRest;

/** Our domain API as an HTTP client sees it. */
class Api {

  static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate http;
  private final String base;

  Api(TestRestTemplate http, int port) {
    this.http = http;
    this.base = "http://localhost:" + port;
  }

  ResponseEntity<String> call(String user, HttpMethod method, String path, Object body, Map<String, String> headers) {
    HttpHeaders httpHeaders = new HttpHeaders();
    httpHeaders.setContentType(MediaType.APPLICATION_JSON);
    headers.forEach(httpHeaders::set);
    if (user != null) {
      httpHeaders.setBasicAuth(user, user.equals("nobody") ? "Wrong-2026!" : EngineRest.DEMO_PASSWORD);
    }
    Object payload = body instanceof String text ? text : body == null ? null : json(body);
    return http.exchange(base + path, method, new HttpEntity<>(payload, httpHeaders), String.class);
  }

  ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    return call(user, method, path, body, Map.of());
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static JsonNode read(ResponseEntity<String> response) {
    try {
      return JSON.readTree(response.getBody() == null ? "null" : response.getBody());
    } catch (Exception e) {
      throw new AssertionError("Not JSON: " + response.getBody(), e);
    }
  }

  /** A valid request body for the API: lists as JSON arrays. */
  static Map<String, Object> request(String countryCode) {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("countryCode", countryCode);
    body.put("requestingAuthority", "Ministry of Justice");
    body.put("thematicArea", "ADMINISTRATION_OF_JUSTICE");
    body.put("assistanceType", "CAPACITY_BUILDING");
    body.put("summary", "Train prison staff on the Nelson Mandela Rules.");
    body.put("recommendationIds", java.util.List.of(org.tclifecycle.TestData.RECOMMENDATION));
    body.put("rightsCategories", java.util.List.of("CIVIL", "SOCIAL"));
    body.put("estimatedBudget", 45000.50);
    body.put("currency", "USD");
    body.put("preferredFund", "VOLUNTARY_FUND_TECHNICAL_COOPERATION");
    return body;
  }

  String create(String user, String countryCode) {
    ResponseEntity<String> response = call(user, HttpMethod.POST, "/api/requests", request(countryCode));
    if (response.getStatusCode().value() != 201) {
      throw new AssertionError(response);
    }
    return read(response).get("businessKey").asText();
  }
}
