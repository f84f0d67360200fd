package org.tclifecycle.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tclifecycle.identity.AccessPolicy.Grant;

/**
 * Makes the database hold exactly the {@link AccessPolicy} for the product's groups, at every startup: missing
 * grants are created, wider ones narrowed, and grants the policy does not list (left by an earlier version or
 * added by hand) removed. Grants on single tasks are the engine's: it grants a candidate group READ and UPDATE on
 * each task it creates and removes them with the task, so they are left alone (removing them at a restart took
 * every open task away from the officers who were its candidates); a grant on every task is not.
 */
@Component
@Order(2)
class GroupAuthorizations implements ApplicationRunner {

  private final AuthorizationService authorizations;
  private final FilterService filters;

  GroupAuthorizations(AuthorizationService authorizations, FilterService filters) {
    this.authorizations = authorizations;
    this.filters = filters;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<Grant> wanted = expandFilters(AccessPolicy.grants());
    for (String group : AccessPolicy.PRODUCT_GROUPS) {
      List<Authorization> held = heldByPolicy(group);
      for (Grant grant : wanted.stream().filter(g -> g.group().equals(group)).toList()) {
        Authorization authorization = held.stream().filter(a -> matches(a, grant)).findFirst()
            .orElseGet(() -> newGrant(grant));
        held.remove(authorization);
        if (!grant.permissionNames().equals(names(authorization))) {
          authorization.setPermissions(grant.permissions().toArray(Permission[]::new));
          authorizations.saveAuthorization(authorization);
        }
      }
      held.forEach(extra -> authorizations.deleteAuthorization(extra.getId()));
    }
  }

  /**
   * The group's grants the policy governs, one query per kind of resource. On tasks, the engine's own grants on single
   * tasks of a group that can be a candidate are not: a grant on every task ({@code *}), or any task grant of a group
   * that is never a candidate (an API-only group), is someone's addition, removed like any other.
   */
  private List<Authorization> heldByPolicy(String group) {
    List<Authorization> held = new ArrayList<>();
    for (Resources resource : Resources.values()) {
      AuthorizationQuery query = authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource);
      if (resource == Resources.TASK && !AccessPolicy.API_ONLY_GROUPS.contains(group)) {
        query = query.resourceId(Authorization.ANY);
      }
      held.addAll(query.list());
    }
    return held;
  }

  private List<Grant> expandFilters(List<Grant> grants) {
    List<Filter> all = filters.createFilterQuery().list();
    List<Grant> expanded = new ArrayList<>();
    for (Grant grant : grants) {
      if (AccessPolicy.EVERY_FILTER.equals(grant.resourceId())) {
        all.forEach(filter -> expanded.add(new Grant(grant.group(), Resources.FILTER, filter.getId(), grant.permissions(), grant.purpose())));
      } else {
        expanded.add(grant);
      }
    }
    return expanded;
  }

  private static boolean matches(Authorization authorization, Grant grant) {
    return authorization.getAuthorizationType() == AUTH_TYPE_GRANT
        && authorization.getResourceType() == grant.resource().resourceType()
        && grant.resourceId().equals(authorization.getResourceId());
  }

  private Authorization newGrant(Grant grant) {
    Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(grant.group());
    authorization.setResource(grant.resource());
    authorization.setResourceId(grant.resourceId());
    return authorization;
  }

  static java.util.Set<String> names(Authorization authorization) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (Permission permission : authorization.getPermissions(permissionsOf(authorization))) {
      if (permission.getValue() != 0) { // NONE is in every set
        names.add(permission.getName());
      }
    }
    return names;
  }

  private static Permission[] permissionsOf(Authorization authorization) {
    return org.camunda.bpm.engine.impl.util.ResourceTypeUtil.getPermissionsByResourceType(authorization.getResourceType());
  }
}
