package org.tclifecycle.notification;

import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.tclifecycle.i18n.StateNames;

/** What a message says about one task: its name, project, State, due date and the link to it in Tasklist. */
record TaskFacts(String taskId, String name, String businessKey, String countryCode, Date due) {

  /** The task's name without the project suffix Tasklist shows ("Assess needs: TC-2026-0007 (Kenya)" is "Assess needs"). */
  static TaskFacts of(String taskId, String name, Object businessKey, Object countryCode, Date due) {
    String key = businessKey == null ? null : businessKey.toString();
    String plain = name == null ? "" : name;
    if (key != null && plain.contains(": " + key)) {
      plain = plain.substring(0, plain.indexOf(": " + key));
    }
    return new TaskFacts(taskId, plain, key, countryCode == null ? null : countryCode.toString(), due);
  }

  Map<String, Object> values(MailSettings settings, String language) {
    Map<String, Object> values = new HashMap<>();
    values.put("task", name);
    values.put("project", businessKey);
    values.put("state", stateName(countryCode, language));
    values.put("due", due == null ? null : format(due, settings.zone(), language));
    values.put("link", settings.linkTo(taskId));
    return values;
  }

  /** The State by its name in the mail's language ("Sénégal"), not its code; null when the task has no State. */
  static String stateName(String countryCode, String language) {
    return countryCode == null ? null
        : StateNames.of(countryCode, Locale.forLanguageTag(language == null ? MailTemplates.DEFAULT_LANGUAGE : language));
  }

  static String format(Date date, ZoneId zone, String language) {
    return MailTemplates.date(date.toInstant().atZone(zone), language);
  }
}
