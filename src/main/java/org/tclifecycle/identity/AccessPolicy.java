package org.tclifecycle.identity;

import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.tclifecycle.panel.PanelVariables;
import org.tclifecycle.project.ProjectVariables;

/**
 * Least privilege, written down: every grant the product's groups hold in the engine, and why. At startup
 * {@link GroupAuthorizations} makes the database hold exactly these for the product's groups; the README's
 * access table is {@link #markdownTable()}, and a test keeps the two equal.
 *
 * <p>External systems and panel contributors hold no engine grant at all: they use our API only, where the
 * State binding is applied, and Camunda's REST API refuses them ({@link EngineClientGuard}). Officers work
 * their tasks and start requests; managers also read every instance and its history in Cockpit. Nobody but
 * administrators ({@code camunda-admin}) may modify, suspend, migrate or delete instances, change jobs or set
 * variables: no group holds UPDATE_INSTANCE, and the guard refuses those commands to anyone else.
 */
public final class AccessPolicy {

  /** Every filter Tasklist shows; the engine's task grants then narrow what each filter lists. */
  public static final String EVERY_FILTER = "(each filter)";

  /** The product's groups whose grants the policy owns (others, such as camunda-admin, are left alone). */
  public static final Set<String> PRODUCT_GROUPS = Set.of(TcGroups.OFFICERS, TcGroups.MANAGERS, TcGroups.EXTERNAL,
      TcGroups.CONTRIBUTORS, TcGroups.BOARD_SECRETARIAT, TcGroups.MONITORING);

  /** Groups that reach the product through our API only, never through Camunda's REST API or webapps. */
  public static final Set<String> API_ONLY_GROUPS = Set.of(TcGroups.EXTERNAL, TcGroups.CONTRIBUTORS, TcGroups.MONITORING);

  /** One grant: a group's permissions on one resource, with the reason it needs them. */
  public record Grant(String group, Resource resource, String resourceId, List<Permission> permissions, String purpose) {

    Grant(String group, Resource resource, String resourceId, String purpose, Permission... permissions) {
      this(group, resource, resourceId, List.of(permissions), purpose);
    }

    public Set<String> permissionNames() {
      return permissions.stream().map(Permission::getName).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
  }

  private static final String ANY = "*";
  private static final List<String> SUB_PROCESSES = ProjectVariables.SUB_PROCESS_KEYS.stream().sorted().toList();

  private AccessPolicy() {}

  public static List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    grants.add(new Grant(TcGroups.OFFICERS, APPLICATION, "tasklist", "work their tasks in Tasklist", Permissions.ACCESS));
    grants.add(new Grant(TcGroups.OFFICERS, PROCESS_DEFINITION, ProjectVariables.PROCESS_KEY,
        "register a request received by note verbale (Tasklist's start form); see the diagram and task history",
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY));
    for (String process : concat(SUB_PROCESSES, PanelVariables.PROCESS_KEY)) {
      grants.add(new Grant(TcGroups.OFFICERS, PROCESS_DEFINITION, process,
          "see the diagram and task history of the steps they work (started by the project or a manager, never by hand)",
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY));
    }
    grants.add(new Grant(TcGroups.OFFICERS, PROCESS_INSTANCE, ANY, "the instance a request they register starts",
        Permissions.CREATE));
    grants.add(new Grant(TcGroups.OFFICERS, FILTER, EVERY_FILTER, "Tasklist's filters", Permissions.READ));

    grants.add(new Grant(TcGroups.MANAGERS, APPLICATION, "tasklist", "decide in Tasklist", Permissions.ACCESS));
    grants.add(new Grant(TcGroups.MANAGERS, APPLICATION, "cockpit", "monitor in Cockpit", Permissions.ACCESS));
    grants.add(new Grant(TcGroups.MANAGERS, PROCESS_DEFINITION, ProjectVariables.PROCESS_KEY,
        "register requests, monitor every instance and its history, work any of its tasks",
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.READ_HISTORY));
    grants.add(new Grant(TcGroups.MANAGERS, PROCESS_DEFINITION, PanelVariables.PROCESS_KEY,
        "start the annual panel (it sets the theme), monitor it, work its tasks",
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.READ_HISTORY));
    for (String process : SUB_PROCESSES) {
      grants.add(new Grant(TcGroups.MANAGERS, PROCESS_DEFINITION, process,
          "monitor the consultations and follow-ups a project starts, work their tasks (never started by hand)",
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
          ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.READ_HISTORY));
    }
    grants.add(new Grant(TcGroups.MANAGERS, PROCESS_INSTANCE, ANY, "start instances; Cockpit's instance views",
        Permissions.CREATE, Permissions.READ));
    grants.add(new Grant(TcGroups.MANAGERS, DEPLOYMENT, ANY, "Cockpit's diagrams and forms", Permissions.READ));
    grants.add(new Grant(TcGroups.MANAGERS, DECISION_DEFINITION, ANY, "the published criteria and their decision history",
        Permissions.READ, Permissions.READ_HISTORY));
    grants.add(new Grant(TcGroups.MANAGERS, OPERATION_LOG_CATEGORY, ANY, "the audit of user operations in Cockpit",
        UserOperationLogCategoryPermissions.READ));
    grants.add(new Grant(TcGroups.MANAGERS, FILTER, EVERY_FILTER, "Tasklist's filters", Permissions.READ));

    grants.add(new Grant(TcGroups.BOARD_SECRETARIAT, APPLICATION, "tasklist",
        "record the Board of Trustees' sessions and advice in Tasklist (its own tasks only: no API, no Cockpit)", Permissions.ACCESS));
    grants.add(new Grant(TcGroups.BOARD_SECRETARIAT, FILTER, EVERY_FILTER, "Tasklist's filters", Permissions.READ));
    return List.copyOf(grants);
  }

  /** The README's access table: group, resource, resource id, permissions, purpose. */
  public static String markdownTable() {
    StringBuilder table = new StringBuilder("| Group | Resource | Id | Permissions | Why |\n|---|---|---|---|---|\n");
    for (Grant grant : grants()) {
      table.append("| ").append(grant.group()).append(" | ").append(resourceName(grant.resource())).append(" | `")
          .append(grant.resourceId()).append("` | ").append(String.join(", ", grant.permissionNames())).append(" | ")
          .append(grant.purpose()).append(" |\n");
    }
    for (String group : API_ONLY_GROUPS.stream().sorted().toList()) {
      table.append("| ").append(group).append(" | (none) | | | ").append(TcGroups.MONITORING.equals(group)
          ? "the metrics only (`/actuator/prometheus`); Camunda's REST API and webapps refuse it"
          : "our API only, where the State binding applies; Camunda's REST API and webapps refuse it").append(" |\n");
    }
    return table.toString();
  }

  static String resourceName(Resource resource) {
    return Arrays.stream(org.camunda.bpm.engine.authorization.Resources.values())
        .filter(known -> known.resourceType() == resource.resourceType()).map(Enum::name).findFirst()
        .orElse(resource.resourceName());
  }

  private static List<String> concat(List<String> list, String more) {
    List<String> all = new ArrayList<>(list);
    all.add(more);
    return all;
  }
}
