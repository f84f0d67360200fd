package org.tclifecycle.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What each group may do, created at startup where missing. Officers and managers see and work only the
 * tasks of their candidate group: the engine grants a candidate group READ and TASK_WORK on each task it
 * creates, so no group holds a blanket task permission. Managers also monitor in Cockpit. External systems
 * start requests and correlate messages; our API narrows what they read to the States they are bound to.
 */
@Component
@Order(2)
class GroupAuthorizations implements ApplicationRunner {

  private static final String ANY = Authorization.ANY;
  private static final String[] PROCESSES = {"cooperation-project", "national-consultation", "upr-follow-up"};

  private final AuthorizationService authorizations;
  private final FilterService filters;

  GroupAuthorizations(AuthorizationService authorizations, FilterService filters) {
    this.authorizations = authorizations;
    this.filters = filters;
  }

  @Override
  public void run(ApplicationArguments args) {
    grant(TcGroups.OFFICERS, APPLICATION, "tasklist", ACCESS);
    grant(TcGroups.MANAGERS, APPLICATION, "tasklist", ACCESS);
    grant(TcGroups.MANAGERS, APPLICATION, "cockpit", ACCESS);
    for (String process : PROCESSES) {
      // UPDATE_INSTANCE: officers record consent decisions that arrive as messages through our API
      grant(TcGroups.OFFICERS, PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY);
      // officers' rights on every task of the lifecycle, plus Cockpit's view of instances
      grant(TcGroups.MANAGERS, PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_WORK,
          ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
    }
    // the thematic panel is a manager's to start (it sets the theme); officers work its tasks
    grant(TcGroups.MANAGERS, PROCESS_DEFINITION, "thematic-panel", ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_WORK,
        ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
    grant(TcGroups.OFFICERS, PROCESS_DEFINITION, "thematic-panel", ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
    grant(TcGroups.EXTERNAL, PROCESS_DEFINITION, "cooperation-project", ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE);
    grant(TcGroups.OFFICERS, PROCESS_INSTANCE, ANY, CREATE);
    grant(TcGroups.MANAGERS, PROCESS_INSTANCE, ANY, CREATE, READ);
    grant(TcGroups.EXTERNAL, PROCESS_INSTANCE, ANY, CREATE);
    grant(TcGroups.MANAGERS, DEPLOYMENT, ANY, READ);
    grant(TcGroups.MANAGERS, org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY, ANY,
        org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions.READ);
    grant(TcGroups.MANAGERS, DECISION_DEFINITION, ANY, org.camunda.bpm.engine.authorization.Permissions.READ, org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY);
    // the Board's secretariat works only its own tasks (granted by candidate group), in Tasklist
    grant(TcGroups.BOARD_SECRETARIAT, APPLICATION, "tasklist", ACCESS);
    filters.createFilterQuery().list().forEach(filter -> {
      grant(TcGroups.OFFICERS, FILTER, filter.getId(), READ);
      grant(TcGroups.MANAGERS, FILTER, filter.getId(), READ);
      grant(TcGroups.BOARD_SECRETARIAT, FILTER, filter.getId(), READ);
    });
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    boolean exists = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0;
    if (!exists) {
      Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      for (Permission permission : permissions) {
        authorization.addPermission(permission);
      }
      authorizations.saveAuthorization(authorization);
    }
  }
}
