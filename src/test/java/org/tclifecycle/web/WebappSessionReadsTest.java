package org.tclifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;

/**
 * A person signed in to Tasklist or Cockpit follows a link to a report: the browser sends the webapp's session,
 * not a password, and the report opens. Only reads take the session, and a user's own e-mail preference changed
 * from Tasklist's menu with the webapps' CSRF token; every other write still needs the account's credentials.
 */
@IntegrationTest
class WebappSessionReadsTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;

  @Test
  void aSignedInOfficerOpensTheStateReportWithoutASecondLogin() {
    HttpHeaders session = signIn("officer1", "tasklist");

    ResponseEntity<String> report = get(session, "/api/states/KE/report.html");
    assertThat(report.getStatusCode().value()).isEqualTo(200);
    assertThat(report.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(get(session, "/api/funding/criteria").getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void theSessionReadsOnlyWhatTheAccountMayRead() {
    HttpHeaders session = signIn("officer1", "tasklist");
    assertThat(get(session, "/api/audit").getStatusCode().value()).as("the audit is for administrators").isEqualTo(403);
  }

  @Test
  void theSessionWritesNothing() {
    HttpHeaders session = signIn("officer1", "tasklist");
    session.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> write = http.exchange(url("/api/requests"), HttpMethod.POST, new HttpEntity<>(TestData.request(), session), String.class);
    assertThat(write.getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void aSignedInOfficerChangesTheirOwnEmailPreferenceWithTheWebappsTokenOnly() {
    HttpHeaders session = signIn("officer1", "tasklist");
    String token = session.getFirst("X-XSRF-TOKEN");
    session.remove("X-XSRF-TOKEN");
    session.setContentType(MediaType.APPLICATION_JSON);
    Map<String, String> digestInFrench = Map.of("delivery", "DIGEST", "language", "fr");
    String preference = "/api/users/officer1/notification-preference";

    assertThat(put(session, preference, digestInFrench).getStatusCode().value()).as("without the token").isEqualTo(401);
    session.set("X-XSRF-TOKEN", token + "x");
    assertThat(put(session, preference, digestInFrench).getStatusCode().value()).as("with another token").isEqualTo(401);
    session.set("X-XSRF-TOKEN", token);
    assertThat(put(session, "/api/users/officer2/notification-preference", digestInFrench).getStatusCode().value())
        .as("another user's preference").isEqualTo(403);
    assertThat(http.exchange(url("/api/requests"), HttpMethod.POST, new HttpEntity<>(TestData.request(), session), String.class)
        .getStatusCode().value()).as("anything but the user's own settings").isEqualTo(401);

    ResponseEntity<String> changed = put(session, preference, digestInFrench);
    assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
    assertThat(get(session, preference).getBody()).contains("\"delivery\":\"DIGEST\"").contains("\"language\":\"fr\"");
    put(session, preference, Map.of("delivery", "IMMEDIATE", "language", "en"));
  }

  @Test
  void withoutASessionOrCredentialsTheApiAsksForThem() {
    ResponseEntity<String> anonymous = http.getForEntity(url("/api/states/KE/report.html"), String.class);
    assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    HttpHeaders forged = new HttpHeaders();
    forged.set("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF");
    assertThat(get(forged, "/api/states/KE/report.html").getStatusCode().value()).isEqualTo(401);
  }

  private ResponseEntity<String> get(HttpHeaders headers, String path) {
    return http.exchange(url(path), HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private ResponseEntity<String> put(HttpHeaders headers, String path, Object body) {
    return http.exchange(url(path), HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private HttpHeaders signIn(String user, String app) {
    return org.tclifecycle.WebappSession.signIn(http, port, user, app);
  }
}
