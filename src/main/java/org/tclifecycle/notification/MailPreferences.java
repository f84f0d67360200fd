package org.tclifecycle.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each user's choice of how to be told about tasks. */
@Service
public class MailPreferences {

  private final MailPreferenceRepository preferences;

  MailPreferences(MailPreferenceRepository preferences) {
    this.preferences = preferences;
  }

  @Transactional(readOnly = true)
  public MailPreference of(String userId) {
    return preferences.findById(userId).orElseGet(() -> MailPreference.defaultFor(userId));
  }

  @Transactional
  public MailPreference set(String userId, MailPreference.Delivery delivery, String language) {
    MailPreference preference = preferences.findById(userId).orElseGet(() -> MailPreference.defaultFor(userId));
    preference.change(delivery, MailTemplates.language(language));
    return preferences.save(preference);
  }
}
