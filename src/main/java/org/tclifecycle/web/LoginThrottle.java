package org.tclifecycle.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;

/**
 * Slows down password guessing instead of locking accounts (Camunda's permanent lock after
 * {@code loginMaxAttempts} is switched off in application.yaml): before the password is checked, a claimed
 * user or a client address that failed too often recently is answered 429 with {@code Retry-After}; after
 * the check, a refusal (401) counts against both, a success clears the user's count. Covers HTTP Basic on
 * our API, Camunda's REST API, the docs and metrics, and the webapps' login form.
 */
final class LoginThrottle extends org.springframework.web.filter.OncePerRequestFilter {

  static final String[] URL_PATTERNS = {"/api/*", "/engine-rest/*", "/v3/*", "/swagger-ui/*", "/swagger-ui.html",
      "/actuator/prometheus", "/camunda/api/admin/auth/user/*"};
  private static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");

  private final LoginAttempts attempts;
  private final LoginThrottleSettings settings;

  LoginThrottle(LoginAttempts attempts, LoginThrottleSettings settings) {
    this.attempts = attempts;
    this.settings = settings;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = claimedUser(request);
    if (user == null) {
      chain.doFilter(request, response);
      return;
    }
    if (user.indexOf('\0') >= 0) {
      // no account's name holds U+0000 (PostgreSQL cannot even look it up): bad input, not a failed login
      NulCharacters.refuse(response, request.getRequestURI().substring(request.getContextPath().length()), "username");
      return;
    }
    String userSubject = LoginAttempts.user(user);
    String addressSubject = LoginAttempts.address(request.getRemoteAddr());
    Instant now = Instant.now();
    Duration wait = longer(attempts.blockedFor(userSubject, now), attempts.blockedFor(addressSubject, now));
    if (!wait.isZero()) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
      ProblemResponse.send(request, response, 429, "problem.loginThrottled", seconds);
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      Instant failedAt = Instant.now();
      attempts.failed(userSubject, settings.user(), failedAt);
      attempts.failed(addressSubject, settings.address(), failedAt);
    } else if (response.getStatus() < 400) {
      attempts.succeeded(userSubject);
    }
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** The user a request logs in as: HTTP Basic credentials, or the webapps' login form; null when it claims none. */
  static String claimedUser(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("POST".equalsIgnoreCase(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches()) {
      String username = request.getParameter("username");
      return username == null || username.isBlank() ? null : username;
    }
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = credentials.indexOf(':');
      return colon <= 0 ? null : credentials.substring(0, colon);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }
}
