package org.tclifecycle.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Without a mail host (the demo), e-mails are written to the log: recipient, subject and plain text. */
class LoggingMailChannel implements NotificationChannel {

  private static final Logger LOG = LoggerFactory.getLogger(LoggingMailChannel.class);

  @Override
  public void deliver(Notification notification) {
    LOG.info("E-mail {} ({}) to {}: {}\n{}", notification.getId(), notification.getKind(), notification.getRecipient(),
        notification.getSubject(), notification.getBody());
  }
}
