package org.tclifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;

/**
 * Guessing passwords is slowed down per user and per client address, never answered with a permanent lock.
 * Each test logs in from an address of its own (X-Forwarded-For from 127.0.0.1, which Tomcat trusts as a
 * proxy), so the rest of the suite, all from 127.0.0.1, is not slowed down; the limits are read from the
 * settings (application-test.yaml raises the free failures).
 */
@IntegrationTest
class LoginThrottleTest {

  static final String WRONG = "Wrong-Guess-2026!";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired ProcessEngine processEngine;
  @Autowired JdbcTemplate jdbc;
  @Autowired LoginThrottleSettings settings;
  String address;
  String user;

  @BeforeEach
  void aUserAndAnAddressOfTheirOwn() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    address = "198.51." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
    user = "guessed" + random.nextInt(100_000, 999_999);
    User account = identityService.newUser(user);
    account.setPassword(EngineRest.DEMO_PASSWORD);
    identityService.saveUser(account);
  }

  ResponseEntity<String> call(String path, String userId, String password, String from) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(userId, password);
    headers.set("X-Forwarded-For", from);
    return http.exchange("http://localhost:" + port + path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  ResponseEntity<String> engineRest(String userId, String password) {
    return call("/engine-rest/task?firstResult=0&maxResults=1", userId, password, address);
  }

  /** The webapps' login form, with the CSRF cookie and header Tasklist sends. */
  ResponseEntity<String> webappLogin(String userId, String password, String from) {
    HttpHeaders first = new HttpHeaders();
    first.set("X-Forwarded-For", from);
    ResponseEntity<String> page = http.exchange("http://localhost:" + port + "/camunda/app/tasklist/" + processEngine.getName() + "/",
        HttpMethod.GET, new HttpEntity<>(first), String.class);
    List<String> cookies = page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-Forwarded-For", from);
    StringBuilder cookie = new StringBuilder();
    for (String set : cookies) {
      String pair = set.split(";", 2)[0];
      cookie.append(cookie.isEmpty() ? "" : "; ").append(pair);
      if (pair.startsWith("XSRF-TOKEN=")) {
        headers.set("X-XSRF-TOKEN", pair.substring("XSRF-TOKEN=".length()));
      }
    }
    headers.set(HttpHeaders.COOKIE, cookie.toString());
    return http.exchange("http://localhost:" + port + "/camunda/api/admin/auth/user/" + processEngine.getName() + "/login/tasklist",
        HttpMethod.POST, new HttpEntity<>("username=" + userId + "&password=" + password, headers), String.class);
  }

  static void assertThrottled(ResponseEntity<String> response, long retryAfter) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(429);
    assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo(String.valueOf(retryAfter));
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(EngineRest.json(response).get("detail").asText()).contains("too many failed logins");
  }

  static void pause(long seconds) throws InterruptedException {
    Thread.sleep(seconds * 1000 + 200);
  }

  @Test
  void aGuessedAccountIsSlowedDownWithAGrowingDelayThenLogsInAgain() throws Exception {
    int free = settings.user().freeFailures();
    for (int i = 0; i < free; i++) {
      assertThat(engineRest(user, WRONG).getStatusCode().value()).isEqualTo(401);
    }
    assertThat(engineRest(user, EngineRest.DEMO_PASSWORD).getStatusCode().value()).as("within the free failures").isEqualTo(200);
    for (int i = 0; i < free; i++) {
      engineRest(user, WRONG);
    }
    assertThat(engineRest(user, WRONG).getStatusCode().value()).as("one failure past the free ones").isEqualTo(401);
    long first = settings.user().firstDelay().toSeconds();
    assertThrottled(engineRest(user, EngineRest.DEMO_PASSWORD), first);
    assertThrottled(call("/api/projects?size=1", user, EngineRest.DEMO_PASSWORD, address), first);
    assertThrottled(webappLogin(user, EngineRest.DEMO_PASSWORD, address), first);

    pause(first);
    assertThat(engineRest(user, WRONG).getStatusCode().value()).isEqualTo(401);
    assertThrottled(engineRest(user, EngineRest.DEMO_PASSWORD), 2 * first);
    assertThrottled(call("/engine-rest/task?firstResult=0&maxResults=1", user, EngineRest.DEMO_PASSWORD, "203.0.113.9"), 2 * first);

    pause(2 * first);
    assertThat(engineRest(user, EngineRest.DEMO_PASSWORD).getStatusCode().value()).as("the delay is over").isEqualTo(200);
    assertThat(engineRest(user, WRONG).getStatusCode().value()).as("the success cleared the count").isEqualTo(401);
    assertThat(engineRest(user, EngineRest.DEMO_PASSWORD).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void theWebappsLoginFormCountsFailuresToo() throws Exception {
    identityService.createMembership(user, org.tclifecycle.identity.TcGroups.OFFICERS);
    int free = settings.user().freeFailures();
    for (int i = 0; i <= free; i++) {
      assertThat(webappLogin(user, WRONG, address).getStatusCode().value()).isEqualTo(401);
    }
    assertThrottled(webappLogin(user, EngineRest.DEMO_PASSWORD, address), settings.user().firstDelay().toSeconds());
    pause(settings.user().firstDelay().toSeconds());
    assertThat(webappLogin(user, EngineRest.DEMO_PASSWORD, address).getStatusCode().value()).as("an officer logs in to Tasklist").isEqualTo(200);
  }

  @Test
  void oneAddressGuessingManyAccountsIsSlowedDownForEveryAccount() throws Exception {
    int free = settings.address().freeFailures();
    for (int i = 0; i <= free; i++) {
      assertThat(engineRest("sprayed" + i, WRONG).getStatusCode().value()).isEqualTo(401);
    }
    long first = settings.address().firstDelay().toSeconds();
    assertThrottled(engineRest(user, EngineRest.DEMO_PASSWORD), first);
    assertThat(call("/engine-rest/task?firstResult=0&maxResults=1", user, EngineRest.DEMO_PASSWORD, "203.0.113.10")
        .getStatusCode().value()).as("the same account from another address").isEqualTo(200);
    pause(first);
    assertThat(engineRest(user, EngineRest.DEMO_PASSWORD).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void theAdministratorIsNeverLockedOutForGood() throws Exception {
    for (int i = 0; i < 12; i++) {
      assertThat(call("/engine-rest/task?firstResult=0&maxResults=1", "admin", WRONG, address).getStatusCode().value()).isIn(401, 429);
    }
    ResponseEntity<String> login = call("/engine-rest/task?firstResult=0&maxResults=1", "admin", "Steward-2026!", address);
    if (login.getStatusCode().value() == 429) {
      pause(Long.parseLong(login.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)));
      login = call("/engine-rest/task?firstResult=0&maxResults=1", "admin", "Steward-2026!", address);
    }
    assertThat(login.getStatusCode().value()).as("more than Camunda's 10 failures, then the right password").isEqualTo(200);
    assertThat(jdbc.queryForObject("select lock_exp_time_ from act_id_user where id_ = 'admin'", java.sql.Timestamp.class))
        .as("Camunda's own lock stays unused").satisfiesAnyOf(
            time -> assertThat(time).isNull(), time -> assertThat(time.toInstant()).isBeforeOrEqualTo(Instant.now()));
  }

  @Test
  void everyNodeSeesTheSameCountBecauseItIsInTheDatabase() {
    LoginAttempts otherNode = new LoginAttempts(jdbc, settings);
    for (int i = 0; i <= settings.user().freeFailures(); i++) {
      otherNode.failed(LoginAttempts.user(user), settings.user(), Instant.now());
    }
    assertThrottled(engineRest(user, EngineRest.DEMO_PASSWORD), settings.user().firstDelay().toSeconds());
  }

  @Test
  void theDelayDoublesFromTheFirstPastTheFreeFailuresUpToTheMaximum() {
    LoginThrottleSettings.Limit limit = new LoginThrottleSettings.Limit(5, Duration.ofSeconds(1), Duration.ofMinutes(1));
    assertThat(limit.delayAfter(5)).isZero();
    assertThat(limit.delayAfter(6)).isEqualTo(Duration.ofSeconds(1));
    assertThat(limit.delayAfter(7)).isEqualTo(Duration.ofSeconds(2));
    assertThat(limit.delayAfter(11)).isEqualTo(Duration.ofSeconds(32));
    assertThat(limit.delayAfter(12)).isEqualTo(Duration.ofMinutes(1));
    assertThat(limit.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(1));
  }
}
