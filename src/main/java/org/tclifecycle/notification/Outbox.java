package org.tclifecycle.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.project.Project;

/**
 * Queues messages in the transaction that decides them. A project's messages to its requesting authority go
 * to the webhook and, when the request names a contact e-mail, by e-mail; the process's send tasks deliver
 * them ({@link NotificationRelay}). Messages to users and panel contributors are sent by a job each
 * ({@link NotificationJobs}).
 */
@Service
@Transactional
public class Outbox {

  private static final int MAX_BODY = 4000;
  private final NotificationRepository notifications;
  private final MailTemplates templates;
  private final NotificationJobs jobs;

  Outbox(NotificationRepository notifications, MailTemplates templates, NotificationJobs jobs) {
    this.notifications = notifications;
    this.templates = templates;
    this.jobs = jobs;
  }

  /** A message to the project's requesting authority: to the webhook, and by e-mail to its contact if it has one. */
  public void queue(Project project, Notification.Kind kind, String body) {
    queueTo(project, kind, project.getRequestingAuthority(), body);
    if (project.getContactEmail() != null) {
      Map<String, Object> values = new HashMap<>();
      values.put("name", project.getRequestingAuthority());
      values.put("project", project.getBusinessKey());
      values.put("state", TaskFacts.stateName(project.getCountryCode(), project.getContactLanguage()));
      values.put("note", body);
      notifications.save(Notification.mail(project.getId(), kind, project.getContactEmail(),
          templates.render(kind, project.getContactLanguage(), values), false));
    }
  }

  /** A message about the project to someone other than the requesting authority, such as a national actor. */
  public void queueTo(Project project, Notification.Kind kind, String recipient, String body) {
    String text = project.getBusinessKey() + " (" + project.getCountryCode() + "): " + body;
    notifications.save(new Notification(project.getId(), kind, recipient,
        text.length() > MAX_BODY ? text.substring(0, MAX_BODY) : text));
  }

  /** An e-mail sent by a job of its own, rendered in the recipient's language. */
  public Notification mail(String address, String language, Notification.Kind kind, Map<String, ?> values, Long projectId) {
    Notification mail = prepare(null, address, language, kind, values, projectId);
    send(List.of(mail));
    return mail;
  }

  /** An e-mail to a user of the application (officer, manager), queued until {@link #send} gives it a job. */
  Notification prepare(String userId, String address, String language, Notification.Kind kind, Map<String, ?> values,
      Long projectId) {
    return notifications.save(
        Notification.mail(projectId, kind, address, templates.render(kind, language, values), true).forUser(userId));
  }

  /** Sends the e-mails one event decided by one job (in this transaction). */
  void send(List<Notification> mails) {
    if (!mails.isEmpty()) {
      jobs.schedule(mails);
    }
  }

  /** A task kept for the user's next daily digest (listed there if still open). */
  public void keepForDigest(String userId, Notification.Kind kind, String taskId) {
    notifications.save(Notification.digestItem(userId, kind, taskId, null));
  }
}
