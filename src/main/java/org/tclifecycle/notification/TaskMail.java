package org.tclifecycle.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import org.tclifecycle.identity.SystemCalls;
import org.tclifecycle.project.ProjectVariables;
import org.tclifecycle.project.UserTaskListeners;

/**
 * Tells officers and managers about their work: every member of a task's candidate groups when it arrives,
 * and the assignee when someone else assigns it to them; each as they chose ({@link MailPreference}).
 */
@Component
class TaskMail extends AbstractProcessEnginePlugin {

  private final UserMail userMail;
  private final Outbox outbox;
  private final SystemCalls system;

  TaskMail(UserMail userMail, Outbox outbox, SystemCalls system) {
    this.userMail = userMail;
    this.outbox = outbox;
    this.system = system;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskListeners.on(configuration, this::arrived, TaskListener.EVENTNAME_CREATE);
    UserTaskListeners.on(configuration, this::assigned, TaskListener.EVENTNAME_ASSIGNMENT);
  }

  void arrived(DelegateTask task) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    Map<String, Map.Entry<User, String>> members = new LinkedHashMap<>();
    for (IdentityLink link : task.getCandidates()) {
      if (link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
        system.withoutAuthorization(() -> identity.createUserQuery().memberOfGroup(link.getGroupId()).list())
            .forEach(user -> members.putIfAbsent(user.getId(), Map.entry(user, link.getGroupId())));
      }
    }
    TaskFacts facts = facts(task);
    outbox.send(members.values().stream().flatMap(member -> userMail.tell(member.getKey(), Notification.Kind.TASK_ARRIVED, facts,
        Map.of("group", member.getValue())).stream()).toList());
  }

  void assigned(DelegateTask task) {
    String assignee = task.getAssignee();
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    String actor = identity.getCurrentAuthentication() == null ? null : identity.getCurrentAuthentication().getUserId();
    if (assignee == null || assignee.equals(actor)) {
      return; // nobody to tell, or they took it themselves
    }
    User user = system.withoutAuthorization(() -> identity.createUserQuery().userId(assignee).singleResult());
    if (user != null) {
      outbox.send(userMail.tell(user, Notification.Kind.TASK_ASSIGNED, facts(task), Map.of()).stream().toList());
    }
  }

  private static TaskFacts facts(DelegateTask task) {
    Object businessKey = task.getVariable(ProjectVariables.BUSINESS_KEY);
    return TaskFacts.of(task.getId(), task.getName(), businessKey == null ? task.getExecution().getProcessBusinessKey() : businessKey,
        task.getVariable(ProjectVariables.COUNTRY_CODE), task.getDueDate());
  }
}
