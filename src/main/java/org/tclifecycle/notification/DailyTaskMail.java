package org.tclifecycle.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tclifecycle.identity.SystemCalls;
import org.tclifecycle.identity.TcGroups;
import org.tclifecycle.project.ProjectVariables;

/**
 * Once a day ({@code tc.mail.daily-at}): each user is told of their tasks due tomorrow and of those that fell
 * overdue since yesterday, one e-mail each or, for those who chose it, in one digest with what arrived meanwhile;
 * managers get the list of their groups' overdue tasks. One node runs each day: the first to record the day.
 */
@Component
public class DailyTaskMail {

  private static final Logger LOG = LoggerFactory.getLogger(DailyTaskMail.class);

  private final TaskService tasks;
  private final IdentityService identity;
  private final NotificationRepository notifications;
  private final MailPreferences preferences;
  private final MailSettings settings;
  private final Outbox outbox;
  private final UserMail userMail;
  private final SystemCalls system;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  DailyTaskMail(TaskService tasks, IdentityService identity, NotificationRepository notifications, MailPreferences preferences,
      MailSettings settings, Outbox outbox, UserMail userMail, SystemCalls system, JdbcTemplate jdbc,
      PlatformTransactionManager transactions) {
    this.tasks = tasks;
    this.identity = identity;
    this.notifications = notifications;
    this.preferences = preferences;
    this.settings = settings;
    this.outbox = outbox;
    this.userMail = userMail;
    this.system = system;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Scheduled(cron = "${tc.mail.daily-at}", zone = "${tc.mail.zone:UTC}")
  void today() {
    run(LocalDate.now(settings.zone()));
  }

  /** Runs the messages of this day in one transaction, unless a node already did; returns whether this call ran them. */
  public boolean run(LocalDate day) {
    return Boolean.TRUE.equals(transaction.execute(status -> runIn(day)));
  }

  private boolean runIn(LocalDate day) {
    int claimed = jdbc.update("insert into daily_mail_run (run_on, ran_at) select ?, current_timestamp where not exists "
        + "(select 1 from daily_mail_run where run_on = ?)", day, day);
    if (claimed == 0) {
      return false;
    }
    system.withoutAuthorization(() -> {
      identity.createUserQuery().list().stream().filter(UserMail::hasAddress).forEach(user -> tellUser(user, day));
      return null;
    });
    LOG.info("Daily task messages of {} queued", day);
    return true;
  }

  private void tellUser(User user, LocalDate day) {
    MailPreference preference = preferences.of(user.getId());
    if (preference.getDelivery() == MailPreference.Delivery.NONE) {
      return;
    }
    List<TaskFacts> dueTomorrow = facts(theirs(user).dueAfter(start(day.plusDays(1), -1)).dueBefore(start(day.plusDays(2), 0)).list());
    List<TaskFacts> overdue = facts(theirs(user).dueAfter(start(day.minusDays(1), -1)).dueBefore(start(day, 0)).list());
    List<Notification> mails = new ArrayList<>();
    if (preference.getDelivery() == MailPreference.Delivery.IMMEDIATE) {
      dueTomorrow.forEach(task -> userMail.tell(user, Notification.Kind.TASK_DUE_TOMORROW, task, Map.of()).ifPresent(mails::add));
      overdue.forEach(task -> userMail.tell(user, Notification.Kind.TASK_OVERDUE, task, Map.of()).ifPresent(mails::add));
    } else {
      List<TaskFacts> digest = new ArrayList<>(collected(user));
      digest.addAll(dueTomorrow);
      digest.addAll(overdue);
      digest(user, preference, Notification.Kind.DAILY_DIGEST, digest).ifPresent(mails::add);
    }
    if (identity.createGroupQuery().groupMember(user.getId()).groupId(TcGroups.MANAGERS).count() > 0) {
      List<String> groups = identity.createGroupQuery().groupMember(user.getId()).list().stream().map(Group::getId).toList();
      digest(user, preference, Notification.Kind.OVERDUE_DIGEST, facts(tasks.createTaskQuery().taskCandidateGroupIn(groups)
          .includeAssignedTasks().dueBefore(start(day, 0)).orderByDueDate().asc().list())).ifPresent(mails::add);
    }
    outbox.send(mails);
  }

  /** Tasks assigned to the user, or offered to one of their groups and not yet taken. */
  private TaskQuery theirs(User user) {
    return tasks.createTaskQuery().or().taskAssignee(user.getId()).taskCandidateUser(user.getId()).endOr().orderByDueDate().asc();
  }

  /** The tasks kept for the user's digest since the last one, those still open; all are folded into this digest. */
  private List<TaskFacts> collected(User user) {
    List<TaskFacts> open = new ArrayList<>();
    for (Notification item : notifications.findByRecipientUserAndChannelAndDeliveredAtIsNullOrderByIdAsc(user.getId(),
        Notification.Channel.DIGEST_ITEM)) {
      Task task = tasks.createTaskQuery().taskId(item.getBody()).singleResult();
      if (task != null && open.stream().noneMatch(known -> known.taskId().equals(task.getId()))) {
        open.add(facts(task));
      }
      notifications.markDelivered(item.getId(), Instant.now());
    }
    return open;
  }

  private Optional<Notification> digest(User user, MailPreference preference, Notification.Kind kind, List<TaskFacts> items) {
    List<TaskFacts> distinct = items.stream().filter(distinctById()).toList();
    if (distinct.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> values = new HashMap<>();
    values.put("name", UserMail.name(user));
    values.put("count", distinct.size());
    values.put("items", distinct.stream().map(task -> task.values(settings, preference.getLanguage())).toList());
    values.put("preferences", true);
    return Optional.of(outbox.prepare(user.getId(), user.getEmail(), preference.getLanguage(), kind, values, null));
  }

  private static Predicate<TaskFacts> distinctById() {
    Set<String> seen = new HashSet<>();
    return task -> seen.add(task.taskId());
  }

  private List<TaskFacts> facts(List<Task> found) {
    return found.stream().map(this::facts).toList();
  }

  private TaskFacts facts(Task task) {
    Map<String, Object> variables = tasks.getVariables(task.getId(), List.of(ProjectVariables.BUSINESS_KEY, ProjectVariables.COUNTRY_CODE));
    return TaskFacts.of(task.getId(), task.getName(), variables.get(ProjectVariables.BUSINESS_KEY),
        variables.get(ProjectVariables.COUNTRY_CODE), task.getDueDate());
  }

  /** The start of this day in the configured zone, shifted by some milliseconds (the engine's due bounds are exclusive). */
  private Date start(LocalDate day, long shiftMillis) {
    ZoneId zone = settings.zone();
    return new Date(day.atStartOfDay(zone).toInstant().toEpochMilli() + shiftMillis);
  }
}
