package org.tclifecycle.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;
import org.tclifecycle.audit.AuditLog;
import org.tclifecycle.consent.ConsentRepository;
import org.tclifecycle.followup.RecommendationFollowUpRepository;
import org.tclifecycle.project.ProjectRepository;

/**
 * More than a hundred bad inputs across the API: each answers 4xx as problem+json naming the field where
 * there is one, never 5xx, and creates no process instance, project, consent, follow-up or audit entry.
 */
@IntegrationTest
class BadInputCorpusTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired ProjectRepository projects;
  @Autowired ConsentRepository consents;
  @Autowired RecommendationFollowUpRepository followUps;
  @Autowired AuditLog audit;

  Api api;
  String project;

  record Case(String name, HttpMethod method, String path, Object body, Map<String, String> headers, int status, String field) {}

  @BeforeEach
  void setUp() {
    api = new Api(http, port);
    project = api.create("external1", "KE");
  }

  static Map<String, Object> request(Consumer<Map<String, Object>> change) {
    Map<String, Object> body = Api.request("KE");
    change.accept(body);
    return body;
  }

  static Map<String, Object> consent(Consumer<Map<String, Object>> change) {
    Map<String, Object> body = new HashMap<>(Map.of("decision", "GIVEN", "signatory", "Minister of Justice",
        "date", "2026-01-05", "reference", "NV/2026/9"));
    change.accept(body);
    return body;
  }

  Map<String, Object> status(Consumer<Map<String, Object>> change) {
    Map<String, Object> body = new HashMap<>(Map.of("projectKey", project, "status", "IN_PROGRESS", "evidence", "Bill tabled."));
    change.accept(body);
    return body;
  }

  List<Case> corpus() {
    List<Case> cases = new ArrayList<>();
    String requests = "/api/requests";
    Map<String, String> none = Map.of();
    // malformed JSON and wrong media
    for (String raw : List.of("{", "[]", "not json", "{\"countryCode\": }", "{\"countryCode\":\"KE\",}", "\"KE\"", "null")) {
      cases.add(new Case("malformed " + raw, HttpMethod.POST, requests, raw, none, 400, null));
    }
    cases.add(new Case("text/plain body", HttpMethod.POST, requests, "countryCode=KE", Map.of("Content-Type", "text/plain"), 415, null));
    // every required field missing, then null
    for (String field : List.of("countryCode", "requestingAuthority", "thematicArea", "assistanceType", "summary",
        "rightsCategories", "estimatedBudget", "currency", "preferredFund")) {
      cases.add(new Case("missing " + field, HttpMethod.POST, requests, request(b -> b.remove(field)), none, 400, field));
      cases.add(new Case("null " + field, HttpMethod.POST, requests, request(b -> b.put(field, null)), none, 400, field));
    }
    // wrong types
    Object[][] wrongTypes = {
        {"estimatedBudget", "a lot"}, {"estimatedBudget", true}, {"estimatedBudget", List.of(1)},
        {"rightsCategories", "CIVIL"}, {"rightsCategories", List.of(1)}, {"rightsCategories", Map.of("a", 1)},
        {"recommendationIds", TestData.RECOMMENDATION}, {"thematicArea", 3}, {"assistanceType", List.of()},
        {"preferredFund", Map.of()}, {"countryCode", List.of("KE")}, {"summary", Map.of("text", "x")}};
    for (Object[] wrong : wrongTypes) {
      cases.add(new Case("wrong type " + wrong[0] + "=" + wrong[1], HttpMethod.POST, requests, request(b -> b.put((String) wrong[0], wrong[1])), none, 400, (String) wrong[0]));
    }
    // unknown enumeration values
    Object[][] unknownValues = {{"thematicArea", "ASTROLOGY"}, {"assistanceType", "MONEY"}, {"preferredFund", "LOTTERY"},
        {"rightsCategories", List.of("CIVIL", "DIGITAL")}, {"thematicArea", ""}, {"assistanceType", "advisory services"}};
    for (Object[] unknown : unknownValues) {
      cases.add(new Case("unknown " + unknown[0] + "=" + unknown[1], HttpMethod.POST, requests, request(b -> b.put((String) unknown[0], unknown[1])), none, 400, (String) unknown[0]));
    }
    // ISO codes
    for (String country : List.of("XX", "ke", "KEN", "K1", "", " ", "EU")) {
      cases.add(new Case("country " + country, HttpMethod.POST, requests, request(b -> b.put("countryCode", country)), none, 400, "countryCode"));
    }
    // ISO 4217 codes the JDK knows but IATI's Currency codelist does not (DEM, XAU, XXX) or has withdrawn (LTL, VEF)
    for (String currency : List.of("DOLLAR", "usd", "XYZ", "US", "", "€", "DEM", "XAU", "XXX", "LTL", "VEF")) {
      cases.add(new Case("currency " + currency, HttpMethod.POST, requests, request(b -> b.put("currency", currency)), none, 400, "currency"));
    }
    // sizes, markup, numbers, recommendation ids
    Object[][] invalidValues = {
        {"requestingAuthority", "x".repeat(201)}, {"summary", "x".repeat(4001)}, {"requestingAuthority", "   "}, {"summary", ""},
        {"requestingAuthority", "<script>alert(1)</script>"}, {"requestingAuthority", "Ministry <b>of</b> Justice"},
        {"estimatedBudget", -1}, {"estimatedBudget", 0}, {"estimatedBudget", 1.234}, {"estimatedBudget", 1e15},
        {"recommendationIds", List.of("abc")}, {"recommendationIds", List.of("5b2e7f0c-3d4a-4e1b-9c8d-7a6f5e4d3c2")},
        {"recommendationIds", IntStream.range(0, 51).mapToObj(i -> "5b2e7f0c-3d4a-4e1b-9c8d-%012d".formatted(i)).toList()},
        {"rightsCategories", List.of()},
        {"contactEmail", "not-an-address"}, {"contactEmail", "two@@ministry.example"}, {"contactEmail", "no-domain@ministry"},
        {"contactEmail", "<b>x</b>@ministry.example"}, {"contactEmail", "x".repeat(250) + "@a.example"}, {"contactLanguage", "de"}};
    for (Object[] invalid : invalidValues) {
      String shown = String.valueOf(invalid[1]);
      cases.add(new Case("invalid " + invalid[0] + "=" + shown.substring(0, Math.min(20, shown.length())), HttpMethod.POST, requests,
          request(b -> b.put((String) invalid[0], invalid[1])), none, 400, (String) invalid[0]));
    }
    cases.add(new Case("unknown field", HttpMethod.POST, requests, request(b -> b.put("priority", "high")), none, 400, "priority"));
    for (String key : List.of("short", "has spaces in it", "x".repeat(101), "semi;colon-12345")) {
      cases.add(new Case("idempotency key " + key.length(), HttpMethod.POST, requests, request(b -> {}), Map.of("Idempotency-Key", key), 400, "idempotencyKey"));
    }
    // consent
    String consentPath = "/api/requests/" + project + "/consent";
    Object[][] consentCases = {{"decision", null}, {"decision", "MAYBE"}, {"decision", 1}, {"signatory", ""}, {"signatory", "x".repeat(201)},
        {"signatory", "<img src=x onerror=alert(1)>"}, {"date", "2099-01-01"}, {"date", "2026-13-01"}, {"date", "yesterday"}, {"date", null},
        {"reference", " "}, {"reference", "x".repeat(201)}, {"scope", "x".repeat(2001)}, {"validUntil", "2025-01-01"}, {"notes", "extra"}};
    for (Object[] c : consentCases) {
      String shown = String.valueOf(c[1]);
      cases.add(new Case("consent " + c[0] + "=" + shown.substring(0, Math.min(20, shown.length())), HttpMethod.POST, consentPath,
          consent(b -> b.put((String) c[0], c[1])), none, 400, c[0].equals("validUntil") ? "validUntil" : (String) c[0]));
    }
    cases.add(new Case("consent for a malformed key", HttpMethod.POST, "/api/requests/abc/consent", consent(b -> {}), none, 400, "businessKey"));
    cases.add(new Case("consent for an unknown project", HttpMethod.POST, "/api/requests/TC-2000-9999/consent", consent(b -> {}), none, 404, null));
    cases.add(new Case("consent while screening", HttpMethod.POST, consentPath, consent(b -> {}), none, 409, null));
    // project reads
    for (String query : List.of("country=XX", "stage=DREAMING", "fund=LOTTERY", "thematicArea=x", "page=-1", "size=0", "size=1000", "page=abc")) {
      cases.add(new Case("list " + query, HttpMethod.GET, "/api/projects?" + query, null, none, 400, query.substring(0, query.indexOf('='))));
    }
    cases.add(new Case("read a malformed key", HttpMethod.GET, "/api/projects/TC-26-1", null, none, 400, "businessKey"));
    cases.add(new Case("read an unknown project", HttpMethod.GET, "/api/projects/TC-2000-9999", null, none, 404, null));
    // recommendation status
    String statusPath = "/api/recommendations/" + TestData.RECOMMENDATION + "/status";
    cases.add(new Case("status for a malformed recommendation id", HttpMethod.POST, "/api/recommendations/abc/status", status(b -> {}), none, 400, "recommendationId"));
    Object[][] statusCases = {{"projectKey", null}, {"projectKey", "KE-1"}, {"status", "DONE"}, {"status", null}, {"evidence", ""},
        {"evidence", "x".repeat(4001)}, {"evidence", 42.5}};
    for (Object[] c : statusCases) {
      String shown = String.valueOf(c[1]);
      int expected = c[0].equals("evidence") && c[1] instanceof Double ? 201 : 400;
      if (expected == 400) {
        cases.add(new Case("status " + c[0] + "=" + shown.substring(0, Math.min(20, shown.length())), HttpMethod.POST, statusPath,
            status(b -> b.put((String) c[0], c[1])), none, 400, (String) c[0]));
      }
    }
    cases.add(new Case("status for an unknown project", HttpMethod.POST, statusPath, status(b -> b.put("projectKey", "TC-2000-9999")), none, 404, null));
    cases.add(new Case("status of a recommendation the project does not address", HttpMethod.POST,
        "/api/recommendations/11111111-2222-4333-8444-555555555555/status", status(b -> {}), none, 404, null));
    // U+0000 (NUL) inside every text of every body: PostgreSQL cannot store it in text, H2 can
    cases.addAll(nulCases(requests, Api.request("KE"), none));
    cases.addAll(nulCases(consentPath, consent(b -> {}), none));
    cases.addAll(nulCases(statusPath, status(b -> {}), none));
    Map<String, Object> actor = new HashMap<>(Map.of("countryCode", "KE", "type", "CIVIL_SOCIETY", "name", "Prison Watch Kenya (NUL case)",
        "contact", "registry@prisonwatch.example", "focusAreas", "Conditions of detention"));
    cases.addAll(nulCases("/api/actors", actor, Map.of("X-As", "officer1")));
    cases.add(new Case("audit page size 0", HttpMethod.GET, "/api/audit?size=0", null, Map.of("X-As", "manager1"), 400, "size"));
    cases.add(new Case("unknown API path", HttpMethod.GET, "/api/nothing-here", null, none, 404, null));
    cases.add(new Case("wrong method", HttpMethod.DELETE, "/api/projects/" + project, null, none, 405, null));
    return cases;
  }

  /** A value with U+0000 in the middle of each text of {@code valid} (each element of a list of texts), one case each. */
  static List<Case> nulCases(String path, Map<String, Object> valid, Map<String, String> headers) {
    List<Case> nul = new ArrayList<>();
    valid.forEach((field, value) -> {
      if (value instanceof String text) {
        Map<String, Object> body = new HashMap<>(valid);
        body.put(field, withNul(text));
        nul.add(new Case("NUL in " + path + " " + field, HttpMethod.POST, path, body, headers, 400, field));
      } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String first) {
        Map<String, Object> body = new HashMap<>(valid);
        List<Object> changed = new ArrayList<>(list);
        changed.set(0, withNul(first));
        body.put(field, changed);
        nul.add(new Case("NUL in " + path + " " + field + "[0]", HttpMethod.POST, path, body, headers, 400, field));
      }
    });
    return nul;
  }

  static String withNul(String text) {
    return text.substring(0, text.length() / 2) + "\0" + text.substring(text.length() / 2);
  }

  long[] counts() {
    return new long[] {runtimeService.createProcessInstanceQuery().count(), projects.count(), consents.count(),
        followUps.count(), audit.read(null, 0, 1).getTotalElements()};
  }

  @Test
  void everyBadInputIsRefusedWithAProblemNamingTheFieldAndChangesNothing() {
    List<Case> cases = corpus();
    assertThat(cases.size()).isGreaterThanOrEqualTo(100);
    List<String> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new LinkedHashMap<>();
    for (Case c : cases) {
      long[] before = counts();
      Map<String, String> headers = new HashMap<>(c.headers());
      String user = headers.containsKey("X-As") ? headers.remove("X-As") : "external1";
      ResponseEntity<String> response = api.call(user, c.method(), c.path(), c.body(), headers);
      int status = response.getStatusCode().value();
      statuses.merge(status, 1, Integer::sum);
      if (status != c.status()) {
        failures.add(c.name() + ": expected " + c.status() + ", got " + status + " " + response.getBody());
        continue;
      }
      String contentType = String.valueOf(response.getHeaders().getContentType());
      if (!contentType.startsWith("application/problem+json")) {
        failures.add(c.name() + ": content type " + contentType);
        continue;
      }
      String body = response.getBody();
      if (body.contains("\tat ") || body.contains("Exception")) {
        failures.add(c.name() + ": leaks internals " + body);
      }
      if (c.field() != null) {
        JsonNode errors = Api.read(response).get("errors");
        List<String> fields = errors == null ? List.of() : errors.findValuesAsText("field");
        if (fields.stream().noneMatch(f -> f.equals(c.field()) || f.startsWith(c.field() + "[") || f.startsWith(c.field() + "."))) {
          failures.add(c.name() + ": no error for field " + c.field() + " in " + body);
        }
      }
      long[] after = counts();
      if (!java.util.Arrays.equals(before, after)) {
        failures.add(c.name() + ": records changed " + java.util.Arrays.toString(before) + " -> " + java.util.Arrays.toString(after));
      }
    }
    assertThat(failures).as("out of " + cases.size() + " cases; statuses " + statuses).isEmpty();
    assertThat(statuses.keySet()).allMatch(status -> status >= 400 && status < 500);
  }

  @Test
  void markupInFreeTextIsStoredAsTextAndServedAsInertJson() {
    Map<String, Object> body = Api.request("KE");
    body.put("summary", "<script>alert('x')</script> Support the judiciary.");
    ResponseEntity<String> created = api.call("external1", HttpMethod.POST, "/api/requests", body);
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    String key = Api.read(created).get("businessKey").asText();
    assertThat(projects.findByBusinessKey(key).orElseThrow().getSummary()).isEqualTo("<script>alert('x')</script> Support the judiciary.");
    ResponseEntity<String> read = api.call("external1", HttpMethod.GET, "/api/projects/" + key, null);
    assertThat(read.getHeaders().getContentType().toString()).startsWith("application/json");
    assertThat(read.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
    assertThat(read.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
  }
}
