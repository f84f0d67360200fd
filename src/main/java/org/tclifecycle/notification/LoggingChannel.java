package org.tclifecycle.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Without a configured gateway (the demo), notifications are written to the log. */
class LoggingChannel implements NotificationChannel {

  private static final Logger LOG = LoggerFactory.getLogger(LoggingChannel.class);

  @Override
  public void deliver(Notification notification) {
    LOG.info("Notification {} ({}) to {}: {}", notification.getId(), notification.getKind(),
        notification.getRecipient(), notification.getBody());
  }
}
