package org.tclifecycle.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * HTTP Basic, and for reading our API from a browser signed in to Tasklist or Cockpit, that session: a link from
 * the webapps to a report or a project opens without a second login through the browser's password prompt.
 * Only reads (GET, HEAD) of {@code /api} take the session: every write still needs the account's credentials,
 * so a page of another site can make a signed-in browser change nothing (and cannot read the answer either).
 */
public class WebappSessionOrBasicAuthentication extends HttpBasicAuthenticationProvider {

  private static final Set<String> READS = Set.of("GET", "HEAD");

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    if (request.getHeader("Authorization") == null && READS.contains(request.getMethod())
        && request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
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

  private static UserAuthentication signedIn(HttpSession session, String engineName) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null : authentications.getAuthenticationForProcessEngine(engineName);
    return authentication instanceof UserAuthentication user ? user : null;
  }
}
