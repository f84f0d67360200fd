package org.tclifecycle.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * HTTP Basic, and for reading our API from a browser signed in to Tasklist or Cockpit, that session: a link from
 * the webapps to a report or a project opens without a second login through the browser's password prompt.
 * Reads (GET, HEAD) of {@code /api} take the session. Of writes, only a user's own settings under
 * {@code /api/users/} take it, and only with the webapps' CSRF token in {@code X-XSRF-TOKEN} (Tasklist's e-mail
 * menu sends it, as the webapps do for every write); every other write needs the account's credentials, so a
 * page of another site can make a signed-in browser change nothing (and cannot read the answer either).
 */
public class WebappSessionOrBasicAuthentication extends HttpBasicAuthenticationProvider {

  private static final Set<String> READS = Set.of("GET", "HEAD");

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    if (request.getHeader("Authorization") == null && request.getRequestURI().startsWith(request.getContextPath() + "/api/")
        && (READS.contains(request.getMethod()) || ownSettingsWithTheWebappsToken(request))) {
      UserAuthentication user = signedIn(request.getSession(false), engine.getName());
      if (user != null) {
        AuthenticationResult result = AuthenticationResult.successful(user.getName());
        result.setGroups(user.getGroupIds());
        result.setTenants(user.getTenantIds());
        return result;
      }
    }
    return super.extractAuthenticatedUser(request, engine);
  }

  private static boolean ownSettingsWithTheWebappsToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/users/") && sent != null
        && expected instanceof String token && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  private static UserAuthentication signedIn(HttpSession session, String engineName) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null : authentications.getAuthenticationForProcessEngine(engineName);
    return authentication instanceof UserAuthentication user ? user : null;
  }
}
