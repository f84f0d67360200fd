package org.tclifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A person's session in a Camunda webapp, signed in as the browser does it. */
public final class WebappSession {

  private WebappSession() {}

  /**
   * Signs in to the webapp ({@code tasklist}, {@code cockpit}...) with the demo password: its page's cookies and CSRF
   * token first, then the login form; answers the headers of the session it ends with (cookie and CSRF token).
   */
  public static HttpHeaders signIn(TestRestTemplate http, int port, String user, String app) {
    String base = "http://localhost:" + port;
    Map<String, String> cookies = new LinkedHashMap<>();
    keep(cookies, http.getForEntity(base + "/camunda/app/" + app + "/default/", String.class));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("Cookie", cookieHeader(cookies));
    headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", EngineRest.DEMO_PASSWORD);
    ResponseEntity<String> login = http.exchange(base + "/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode().value()).as(login.getBody()).isEqualTo(200);
    keep(cookies, login);
    // the login starts a new session; the webapp's next request gives it its CSRF token, as in a browser
    HttpHeaders signedIn = new HttpHeaders();
    signedIn.set("Cookie", cookieHeader(cookies));
    keep(cookies, http.exchange(base + "/camunda/app/" + app + "/default/", HttpMethod.GET, new HttpEntity<>(signedIn), String.class));
    HttpHeaders session = new HttpHeaders();
    session.set("Cookie", cookieHeader(cookies));
    session.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    return session;
  }

  private static void keep(Map<String, String> cookies, ResponseEntity<String> response) {
    for (String cookie : response.getHeaders().getOrDefault("Set-Cookie", List.of())) {
      String pair = cookie.split(";")[0];
      cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
  }

  private static String cookieHeader(Map<String, String> cookies) {
    return String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
  }
}
