package org.tclifecycle.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * One message about a task to one user (kept apart from the project's messages to its State: no project id), as the
 * user chose: an e-mail now, a line of tomorrow's digest, or nothing.
 */
@Component
class UserMail {

  private final Outbox outbox;
  private final MailPreferences preferences;
  private final MailSettings settings;

  UserMail(Outbox outbox, MailPreferences preferences, MailSettings settings) {
    this.outbox = outbox;
    this.preferences = preferences;
    this.settings = settings;
  }

  /** Returns the e-mail to send now, if any: the caller sends those of one event together ({@link Outbox#send}). */
  Optional<Notification> tell(User user, Notification.Kind kind, TaskFacts task, Map<String, ?> more) {
    MailPreference preference = preferences.of(user.getId());
    if (preference.getDelivery() == MailPreference.Delivery.NONE || !hasAddress(user)) {
      return Optional.empty();
    }
    if (preference.getDelivery() == MailPreference.Delivery.DIGEST) {
      outbox.keepForDigest(user.getId(), kind, task.taskId());
      return Optional.empty();
    }
    Map<String, Object> values = new HashMap<>(task.values(settings, preference.getLanguage()));
    values.putAll(more);
    values.put("name", name(user));
    values.put("preferences", true);
    return Optional.of(outbox.prepare(user.getId(), user.getEmail(), preference.getLanguage(), kind, values, null));
  }

  static boolean hasAddress(User user) {
    return user.getEmail() != null && !user.getEmail().isBlank();
  }

  static String name(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }
}
