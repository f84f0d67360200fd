package org.tclifecycle.notification;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class NotificationConfiguration {

  @Bean
  NotificationChannel notificationChannel(@Value("${tc.notifications.webhook-url:}") String webhookUrl,
      @Value("${tc.notifications.timeout:PT10S}") Duration timeout) {
    return webhookUrl.isBlank() ? new LoggingChannel() : new WebhookChannel(webhookUrl, timeout);
  }
}
