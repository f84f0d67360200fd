package org.tclifecycle.identity;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the product's groups and the Tasklist filters at startup, once: existing ones are left alone. */
@Component
@Order(1)
public class GroupsAndFilters implements ApplicationRunner {

  /** The Tasklist filter of the tasks of the reader's groups whose due date has passed (the dashboard links to it). */
  public static final String OVERDUE = "Overdue";

  private final IdentityService identityService;
  private final FilterService filterService;
  private final TaskService taskService;

  GroupsAndFilters(IdentityService identityService, FilterService filterService, TaskService taskService) {
    this.identityService = identityService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @Override
  public void run(ApplicationArguments args) {
    group(TcGroups.OFFICERS, "TC officers");
    group(TcGroups.MANAGERS, "TC managers");
    group(TcGroups.EXTERNAL, "External systems");
    group(TcGroups.CONTRIBUTORS, "Panel contributors");
    group(TcGroups.BOARD_SECRETARIAT, "Board of Trustees secretariat");
    group(TcGroups.MONITORING, "Monitoring");
    filter("My group's tasks", "Open tasks of the groups you belong to, soonest due first", -10,
        myGroups().orderByDueDate().asc());
    filter("My tasks", "Tasks you have claimed, soonest due first", -5,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    filter(OVERDUE, "Tasks of your groups whose due date has passed, oldest first", -3,
        myGroups().dueBeforeExpression("${now()}").orderByDueDate().asc());
    filter("Due this week", "Tasks of your groups due within the next seven days", -2,
        myGroups().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7).toDate()}")
            .orderByDueDate().asc());
    filter("Waiting for consent", "Requests whose State has not yet given or refused consent", 0,
        taskService.createTaskQuery().taskDefinitionKey("Task_RecordConsent"));
  }

  /** Tasks of the user's groups, claimed or not. */
  private TaskQuery myGroups() {
    return taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
  }

  private void group(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
  }

  private void filter(String name, String description, int priority, TaskQuery query) {
    if (filterService.createFilterQuery().filterName(name).count() == 0) {
      Filter filter = filterService.newTaskFilter(name).setQuery(query)
          .setProperties(Map.of("description", description, "priority", priority, "refresh", true));
      filterService.saveFilter(filter);
    }
  }
}
