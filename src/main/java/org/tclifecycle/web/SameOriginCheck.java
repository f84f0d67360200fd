package org.tclifecycle.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cross-site request forgery through cached HTTP Basic credentials: a state-changing request (POST, PUT,
 * PATCH, DELETE) whose Origin (or, without one, Referer) names another site is refused with 403. A request
 * without either header (a State's system, curl) and a request from our own pages (Tasklist, Cockpit) pass.
 */
final class SameOriginCheck extends OncePerRequestFilter {

  static final String[] URL_PATTERNS = {"/api/*", "/engine-rest/*", "/camunda/api/*"};
  private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (STATE_CHANGING.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
      String origin = request.getHeader("Origin");
      String source = origin != null ? origin : request.getHeader("Referer");
      if (source != null && !sameOrigin(source, request)) {
        ProblemResponse.send(request, response, HttpServletResponse.SC_FORBIDDEN,
            origin != null ? "problem.otherOrigin" : "problem.otherPage", abbreviated(source));
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** Scheme, host and port of the header equal those the request was sent to ("null", from a sandbox or a file, never does). */
  static boolean sameOrigin(String source, HttpServletRequest request) {
    try {
      URI uri = new URI(source.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return false;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      return scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
          && uri.getHost().equalsIgnoreCase(request.getServerName())
          && port(scheme, uri.getPort()) == port(request.getScheme().toLowerCase(Locale.ROOT), request.getServerPort());
    } catch (Exception malformed) {
      return false;
    }
  }

  private static int port(String scheme, int port) {
    return port > 0 ? port : "https".equals(scheme) ? 443 : 80;
  }

  private static String abbreviated(String text) {
    return text.length() <= 100 ? text : text.substring(0, 100) + "...";
  }
}
