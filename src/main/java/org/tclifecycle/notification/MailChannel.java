package org.tclifecycle.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends each e-mail over SMTP (Spring Boot's {@code spring.mail.*}), plain text and HTML, from the configured sender. */
class MailChannel implements NotificationChannel {

  private final JavaMailSenderImpl sender;
  private final String from;

  MailChannel(JavaMailSenderImpl sender, String from) {
    this.sender = sender;
    this.from = from;
  }

  @Override
  public void deliver(Notification notification) {
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper mail = new MimeMessageHelper(message, true, "UTF-8");
      mail.setFrom(from);
      mail.setTo(notification.getRecipient());
      mail.setSubject(notification.getSubject());
      mail.setText(notification.getBody(), notification.getHtmlBody());
      message.setHeader("X-TC-Notification", String.valueOf(notification.getId()));
      sender.send(message);
    } catch (MailException | MessagingException failed) {
      throw new NotificationChannelDown("Mail server " + sender.getHost() + ":" + port() + " did not take notification "
          + notification.getId() + " (" + notification.getKind() + " to " + notification.getRecipient() + ", \""
          + notification.getSubject() + "\"): " + mostSpecific(failed) + "; it stays queued and is sent when this job is retried",
          failed);
    }
  }

  private int port() {
    return sender.getPort() > 0 ? sender.getPort() : 25;
  }

  private static String mostSpecific(Throwable failed) {
    Throwable cause = failed;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }
}
