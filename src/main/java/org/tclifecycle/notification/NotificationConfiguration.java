package org.tclifecycle.notification;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The channels notifications leave through; the daily task messages run on Spring's scheduler. */
@Configuration
@EnableScheduling
class NotificationConfiguration {

  @Bean
  NotificationChannel notificationChannel(@Value("${tc.notifications.webhook-url:}") String webhookUrl,
      @Value("${tc.notifications.timeout:PT10S}") Duration timeout) {
    return webhookUrl.isBlank() ? new LoggingChannel() : new WebhookChannel(webhookUrl, timeout);
  }

  /** SMTP when {@code spring.mail.host} is set (Spring Boot then provides the sender), the log otherwise. */
  @Bean
  NotificationChannel mailChannel(ObjectProvider<JavaMailSenderImpl> sender, @Value("${tc.mail.from}") String from) {
    JavaMailSenderImpl smtp = sender.getIfAvailable();
    return smtp == null || smtp.getHost() == null || smtp.getHost().isBlank() ? new LoggingMailChannel() : new MailChannel(smtp, from);
  }
}
