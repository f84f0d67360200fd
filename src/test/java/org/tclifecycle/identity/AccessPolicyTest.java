package org.tclifecycle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tclifecycle.IntegrationTest;

/** The README's access table, the code's policy and the database's grants are one and the same. */
@IntegrationTest
class AccessPolicyTest {

  @Autowired AuthorizationService authorizations;
  @Autowired FilterService filters;
  @Autowired GroupAuthorizations groupAuthorizations;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;

  @Test
  void theReadmeShowsThePolicy() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String table = readme.substring(readme.indexOf("<!-- access-policy -->\n") + "<!-- access-policy -->\n".length(),
        readme.indexOf("<!-- /access-policy -->"));
    assertThat(table).isEqualTo(AccessPolicy.markdownTable());
  }

  @Test
  void theDatabaseHoldsExactlyThePolicyEvenAfterSomeoneWidenedIt() throws Exception {
    Authorization widened = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    widened.setGroupId(TcGroups.EXTERNAL);
    widened.setResource(Resources.PROCESS_DEFINITION);
    widened.setResourceId("cooperation-project");
    widened.addPermission(Permissions.ALL);
    authorizations.saveAuthorization(widened);
    Authorization officers = authorizations.createAuthorizationQuery().groupIdIn(TcGroups.OFFICERS)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId("cooperation-project").singleResult();
    officers.addPermission(org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.UPDATE_INSTANCE);
    authorizations.saveAuthorization(officers);
    Authorization everyTask = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    everyTask.setGroupId(TcGroups.OFFICERS);
    everyTask.setResource(Resources.TASK);
    everyTask.setResourceId(Authorization.ANY);
    everyTask.addPermission(Permissions.ALL);
    authorizations.saveAuthorization(everyTask);
    Authorization stateOnATask = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    stateOnATask.setGroupId(TcGroups.EXTERNAL);
    stateOnATask.setResource(Resources.TASK);
    stateOnATask.setResourceId("a-task-of-another-state");
    stateOnATask.addPermission(Permissions.ALL);
    authorizations.saveAuthorization(stateOnATask);

    groupAuthorizations.run(null);

    assertThat(authorizations.createAuthorizationQuery().authorizationId(everyTask.getId()).count()).as("a grant on every task").isZero();
    assertThat(authorizations.createAuthorizationQuery().authorizationId(stateOnATask.getId()).count()).as("a State's grant on a task").isZero();
    Set<String> held = new TreeSet<>();
    for (String group : AccessPolicy.PRODUCT_GROUPS) {
      for (Authorization a : authorizations.createAuthorizationQuery().groupIdIn(group).list()) {
        if (a.getResourceType() == Resources.TASK.resourceType()) {
          continue; // the engine's grants on single tasks: aTaskStaysWithItsCandidatesAfterARestart
        }
        Set<String> names = GroupAuthorizations.names(a);
        String id = a.getResourceType() == Resources.FILTER.resourceType() ? AccessPolicy.EVERY_FILTER : a.getResourceId();
        held.add(group + " " + a.getResourceType() + " " + id + " " + names);
      }
    }
    Set<String> wanted = new TreeSet<>();
    AccessPolicy.grants().forEach(g -> wanted.add(g.group() + " " + g.resource().resourceType() + " " + g.resourceId() + " " + g.permissionNames()));
    assertThat(held).isEqualTo(wanted);
    assertThat(authorizations.createAuthorizationQuery().groupIdIn(TcGroups.OFFICERS).resourceType(Resources.FILTER).count())
        .isEqualTo(filters.createFilterQuery().count());
    assertThat(held).noneMatch(grant -> grant.startsWith(TcGroups.EXTERNAL) || grant.startsWith(TcGroups.CONTRIBUTORS))
        .noneMatch(grant -> grant.contains("UPDATE_INSTANCE"));
  }

  /** The policy is applied at every startup: the grants the engine gave on open tasks must outlive it. */
  @Test
  void aTaskStaysWithItsCandidatesAfterARestart() {
    Task task = tasks.newTask();
    task.setName("Screen request: a task waiting for the officers");
    tasks.saveTask(task);
    try {
      tasks.addCandidateGroup(task.getId(), TcGroups.OFFICERS);
      assertThat(authorizations.createAuthorizationQuery().groupIdIn(TcGroups.OFFICERS).resourceType(Resources.TASK)
          .resourceId(task.getId()).count()).isEqualTo(1);

      groupAuthorizations.run(null);

      assertThat(authorizations.createAuthorizationQuery().groupIdIn(TcGroups.OFFICERS).resourceType(Resources.TASK)
          .resourceId(task.getId()).count()).isEqualTo(1);
      identity.setAuthentication("officer1", List.of(TcGroups.OFFICERS));
      try {
        assertThat(tasks.createTaskQuery().taskCandidateGroup(TcGroups.OFFICERS).taskId(task.getId()).count()).isEqualTo(1);
        tasks.claim(task.getId(), "officer1");
      } finally {
        identity.clearAuthentication();
      }
      assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("officer1");
    } finally {
      tasks.deleteTask(task.getId(), true);
    }
  }
}
