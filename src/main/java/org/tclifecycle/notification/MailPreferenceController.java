package org.tclifecycle.notification;

import org.tclifecycle.i18n.Messages;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tclifecycle.web.ApiCaller;
import org.tclifecycle.web.ApiException;

/**
 * A user reads and changes how they are told about tasks: immediately, in a daily digest, or not at all, and
 * in which language. Only for themselves: anyone else's preference is 403. The address is the e-mail of
 * their Camunda user profile (Admin, or their own profile page in the webapps).
 */
@Tag(name = "Notifications", description = "Each user's choice of e-mail about their tasks: immediately, a daily digest, or none")
@RestController
@RequestMapping("/api/users/{userId}/notification-preference")
@Tag(name = "Notification preference", description = "How a user is told about their tasks: immediately, in a daily digest or not at all")
class MailPreferenceController {

  record PreferenceView(String userId, MailPreference.Delivery delivery, String language) {
    static PreferenceView of(MailPreference preference) {
      return new PreferenceView(preference.getUserId(), preference.getDelivery(), preference.getLanguage());
    }
  }

  record PreferenceChange(@NotNull MailPreference.Delivery delivery,
      @Pattern(regexp = "en|fr", message = "{input.languageCode}") String language) {}

  private final MailPreferences preferences;
  private final ApiCaller caller;

  MailPreferenceController(MailPreferences preferences, ApiCaller caller) {
    this.preferences = preferences;
    this.caller = caller;
  }

  @GetMapping
  PreferenceView read(@PathVariable String userId) {
    requireSelf(userId);
    return PreferenceView.of(preferences.of(userId));
  }

  @PutMapping
  PreferenceView change(@PathVariable String userId, @Valid @RequestBody PreferenceChange change) {
    requireSelf(userId);
    String language = change.language() == null ? preferences.of(userId).getLanguage() : change.language();
    return PreferenceView.of(preferences.set(userId, change.delivery(), language));
  }

  private void requireSelf(String userId) {
    if (!userId.equals(caller.userId())) {
      throw ApiException.forbidden(Messages.text("problem.mail.ownPreference", userId));
    }
  }
}
