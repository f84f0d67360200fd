package org.tclifecycle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;

/** Each role against each endpoint, with the status the design gives it. */
@IntegrationTest
class ApiAccessMatrixTest {

  static final List<String> ROLES = List.of("anonymous", "nobody", "officer1", "manager1", "external1", "external2");

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  Api api;
  String keProject;

  record Endpoint(String name, HttpMethod method, String path, Object body, Map<String, Integer> expected) {}

  @BeforeEach
  void setUp() {
    api = new Api(http, port);
    keProject = api.create("external1", "KE");
  }

  static Map<String, Integer> statuses(int anonymous, int officer, int manager, int external1, int external2) {
    return Map.of("anonymous", anonymous, "nobody", 401, "officer1", officer, "manager1", manager,
        "external1", external1, "external2", external2);
  }

  List<Endpoint> endpoints() {
    return List.of(
        new Endpoint("submit a Kenyan request", HttpMethod.POST, "/api/requests", Api.request("KE"), statuses(401, 201, 201, 201, 403)),
        new Endpoint("read the Kenyan project", HttpMethod.GET, "/api/projects/" + keProject, null, statuses(401, 200, 200, 200, 404)),
        new Endpoint("list projects", HttpMethod.GET, "/api/projects?size=5", null, statuses(401, 200, 200, 200, 200)),
        new Endpoint("withdraw consent before execution", HttpMethod.POST, "/api/requests/" + keProject + "/consent",
            Map.of("decision", "WITHDRAWN", "signatory", "Minister", "date", "2026-01-05", "reference", "NV/1"), statuses(401, 409, 409, 409, 404)),
        new Endpoint("report a recommendation's status", HttpMethod.POST, "/api/recommendations/" + TestData.RECOMMENDATION + "/status",
            Map.of("projectKey", keProject, "status", "IN_PROGRESS", "evidence", "Bill tabled."), statuses(401, 201, 201, 201, 404)),
        new Endpoint("search UPR recommendations (public UN documents)", HttpMethod.GET, "/api/recommendations?country=KE", null,
            statuses(401, 200, 200, 200, 200)),
        new Endpoint("import a UHRI export (an empty one is refused)", HttpMethod.POST, "/api/recommendations/imports", List.of(),
            statuses(401, 403, 400, 403, 403)),
        new Endpoint("list UHRI imports", HttpMethod.GET, "/api/recommendations/imports", null, statuses(401, 200, 200, 403, 403)),
        new Endpoint("download a UHRI import's report of skipped records (the sample's import at start)", HttpMethod.GET,
            "/api/recommendations/imports/1/problems.csv", null, statuses(401, 200, 200, 403, 403)),
        new Endpoint("read the project's recommendations and their status history", HttpMethod.GET,
            "/api/projects/" + keProject + "/recommendations", null, statuses(401, 200, 200, 200, 404)),
        new Endpoint("read Kenya's UPR follow-up report", HttpMethod.GET, "/api/states/KE/report", null, statuses(401, 200, 200, 200, 403)),
        new Endpoint("search the good-practice library", HttpMethod.GET, "/api/good-practices", null, statuses(401, 200, 200, 200, 200)),
        new Endpoint("export the project to IATI", HttpMethod.GET, "/api/iati/activities.xml?project=" + keProject, null,
            statuses(401, 200, 200, 403, 403)),
        new Endpoint("read the published funding criteria", HttpMethod.GET, "/api/funding/criteria", null, statuses(401, 200, 200, 200, 200)),
        new Endpoint("read the funds' envelopes and commitments", HttpMethod.GET, "/api/funds", null, statuses(401, 200, 200, 200, 200)),
        new Endpoint("add a fund envelope", HttpMethod.POST, "/api/funds/envelopes",
            Map.of("fund", "REGULAR_BUDGET", "year", 2099, "currency", "JPY", "amount", 1), statuses(401, 403, 201, 403, 403)),
        new Endpoint("read how the project's funding was decided", HttpMethod.GET, "/api/projects/" + keProject + "/funding-decision", null,
            statuses(401, 200, 200, 200, 404)),
        new Endpoint("read the managers' portfolio dashboard", HttpMethod.GET, "/api/portfolio", null, statuses(401, 403, 200, 403, 403)),
        new Endpoint("download a table of the portfolio", HttpMethod.GET, "/api/portfolio/byState.csv", null, statuses(401, 403, 200, 403, 403)),
        new Endpoint("read the audit trail", HttpMethod.GET, "/api/audit?size=5", null, statuses(401, 403, 200, 403, 403)),
        new Endpoint("query Camunda tasks (API accounts: /api only)", HttpMethod.GET, "/engine-rest/task?firstResult=0&maxResults=5", null, statuses(401, 200, 200, 403, 403)),
        new Endpoint("read officer1's notification preference (their own only)", HttpMethod.GET,
            "/api/users/officer1/notification-preference", null, statuses(401, 200, 403, 403, 403)),
        new Endpoint("read the OpenAPI document", HttpMethod.GET, "/v3/api-docs", null, statuses(401, 200, 200, 200, 200)),
        new Endpoint("check health (open to all, credentials ignored)", HttpMethod.GET, "/actuator/health", null,
            Map.of("anonymous", 200, "nobody", 200, "officer1", 200, "manager1", 200, "external1", 200, "external2", 200)));
  }

  @Test
  void everyRoleGetsTheDesignedStatusFromEveryEndpoint() {
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    for (Endpoint endpoint : endpoints()) {
      for (String role : ROLES) {
        String user = role.equals("anonymous") ? null : role;
        ResponseEntity<String> response = api.call(user, endpoint.method(), endpoint.path(), endpoint.body());
        int expected = endpoint.expected().get(role);
        if (response.getStatusCode().value() != expected) {
          mismatches.add(role + " " + endpoint.name() + ": expected " + expected + ", got " + response.getStatusCode().value() + " " + response.getBody());
        }
        checked++;
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(checked).isEqualTo(144);
  }

  @Test
  void anOfficerCannotWorkAManagersTaskOverCamundasApi() {
    String tasksOfProject = "/engine-rest/task?firstResult=0&maxResults=5&processInstanceBusinessKey=" + keProject;
    String screeningTask = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
        .until(() -> Api.read(api.call("manager1", HttpMethod.GET, tasksOfProject, null)), tasks -> tasks.size() == 1)
        .get(0).get("id").asText();
    assertThat(api.call("external1", HttpMethod.POST, "/engine-rest/task/" + screeningTask + "/claim", Map.of("userId", "external1"))
        .getStatusCode().value()).as("an external system cannot work an officer's task").isEqualTo(403);
    assertThat(api.call("external1", HttpMethod.GET, tasksOfProject, null).getStatusCode().value())
        .as("nor query it").isEqualTo(403);
  }
}
