package org.tclifecycle.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * HTTP Basic, as everywhere on our API, and one exception: Cockpit's dashboard plugin reads the portfolio
 * ({@code GET /api/portfolio...}) with the session of the user logged in to Cockpit. Only reads, only those
 * paths, only a user the webapp let into Cockpit; the caller's groups then decide as for any call (managers).
 */
public class CockpitSessionOrBasicAuthentication implements AuthenticationProvider {

  static final String PORTFOLIO_PATH = "/api/portfolio";
  private static final Set<String> READS = Set.of("GET", "HEAD");

  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    if (request.getHeader("Authorization") == null && READS.contains(request.getMethod()) && isPortfolio(request)) {
      UserAuthentication cockpitUser = cockpitUser(request.getSession(false), engine);
      if (cockpitUser != null) {
        AuthenticationResult result = AuthenticationResult.successful(cockpitUser.getIdentityId());
        result.setGroups(cockpitUser.getGroupIds());
        result.setTenants(cockpitUser.getTenantIds());
        return result;
      }
    }
    return basic.extractAuthenticatedUser(request, engine);
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    basic.augmentResponseByAuthenticationChallenge(response, engine);
  }

  private static boolean isPortfolio(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals(PORTFOLIO_PATH) || path.startsWith(PORTFOLIO_PATH + "/");
  }

  private static UserAuthentication cockpitUser(HttpSession session, ProcessEngine engine) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null
        || !(authentications.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication user)) {
      return null;
    }
    return user.isAuthorizedForApp("cockpit") ? user : null;
  }
}
