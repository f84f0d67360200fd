package org.tclifecycle.web;

import org.tclifecycle.i18n.Messages;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tclifecycle.identity.SystemCalls;
import org.tclifecycle.identity.TcGroups;

/**
 * Who calls the API, as Camunda's authentication filter established it (HTTP Basic against the Camunda
 * identity store), and what that allows: external accounts act only for the States they are bound to.
 */
@Component
public class ApiCaller {

  private final IdentityService identityService;
  private final JdbcTemplate jdbc;
  private final SystemCalls systemCalls;

  ApiCaller(IdentityService identityService, JdbcTemplate jdbc, SystemCalls systemCalls) {
    this.identityService = identityService;
    this.jdbc = jdbc;
    this.systemCalls = systemCalls;
  }

  public String userId() {
    return authentication().getUserId();
  }

  public boolean isManager() {
    List<String> groups = groups();
    return groups.contains(TcGroups.MANAGERS) || groups.contains("camunda-admin");
  }

  public boolean isStaff() {
    return isManager() || groups().contains(TcGroups.OFFICERS);
  }

  /** Staff see every State; an external account sees the States it is bound to; anyone else none. */
  public boolean mayActFor(String countryCode) {
    return isStaff() || (groups().contains(TcGroups.EXTERNAL) && boundStates().contains(countryCode));
  }

  /** The States an external account is bound to; empty for staff, who are not restricted. */
  public Set<String> boundStates() {
    return Set.copyOf(jdbc.queryForList(
        "select country_code from external_account_state where user_id = ?", String.class, userId()));
  }

  /** A contributor to the thematic panel (UN entity, regional organisation...): the panel API only. */
  public boolean isContributor() {
    return groups().contains(TcGroups.CONTRIBUTORS);
  }

  public void requireStaffOrExternal() {
    if (!isStaff() && !groups().contains(TcGroups.EXTERNAL)) {
      throw ApiException.forbidden(Messages.text("problem.caller.noRole", userId()));
    }
  }

  public void requireManager() {
    if (!isManager()) {
      throw ApiException.forbidden(Messages.text("problem.caller.managersOnly"));
    }
  }

  /**
   * Runs engine calls that our own checks have already allowed, without the caller's engine authorizations
   * (external accounts hold none: an external account may read its project's open tasks or send its
   * State's consent, not query tasks or correlate messages in general), still on the caller's behalf.
   */
  public <T> T asSystem(Supplier<T> work) {
    return systemCalls.withoutAuthorization(work);
  }

  private List<String> groups() {
    List<String> groups = authentication().getGroupIds();
    return groups == null ? List.of() : groups;
  }

  private Authentication authentication() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      throw new ApiException(org.springframework.http.HttpStatus.UNAUTHORIZED, Messages.text("problem.caller.unauthenticated"));
    }
    return authentication;
  }
}
