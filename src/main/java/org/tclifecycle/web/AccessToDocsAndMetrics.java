package org.tclifecycle.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tclifecycle.identity.TcGroups;

/**
 * After authentication: the API documentation (OpenAPI document, Swagger UI) is for accounts with a role
 * in the product (staff, external systems, panel contributors, administrators); the Prometheus metrics are
 * for administrators and the monitoring group only.
 */
final class AccessToDocsAndMetrics extends OncePerRequestFilter {

  static final String[] URL_PATTERNS = {"/v3/*", "/swagger-ui/*", "/swagger-ui.html", "/actuator/prometheus"};
  static final Set<String> DOCUMENTATION_READERS = Set.of(TcGroups.OFFICERS, TcGroups.MANAGERS, TcGroups.EXTERNAL,
      TcGroups.CONTRIBUTORS, Groups.CAMUNDA_ADMIN);
  static final Set<String> METRICS_READERS = Set.of(TcGroups.MONITORING, Groups.CAMUNDA_ADMIN);

  private final IdentityService identityService;

  AccessToDocsAndMetrics(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null) {
      ProblemResponse.send(request, response, HttpServletResponse.SC_UNAUTHORIZED, "problem.authenticationRequired");
      return;
    }
    boolean metrics = request.getRequestURI().substring(request.getContextPath().length()).startsWith("/actuator/");
    Set<String> allowed = metrics ? METRICS_READERS : DOCUMENTATION_READERS;
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (Collections.disjoint(groups, allowed)) {
      ProblemResponse.send(request, response, HttpServletResponse.SC_FORBIDDEN,
          metrics ? "problem.metricsForbidden" : "problem.documentationForbidden", TcGroups.MONITORING);
      return;
    }
    chain.doFilter(request, response);
  }
}
