package org.tclifecycle.notification;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers a project's queued notifications in order. Each one is marked delivered in a transaction of its
 * own right after the channel took it, so when a later one fails and the job is retried, the ones already
 * taken are not sent again.
 */
@Component
public class NotificationRelay {

  private final NotificationRepository notifications;
  private final NotificationChannel channel;
  private final TransactionTemplate ownTransaction;

  NotificationRelay(NotificationRepository notifications, NotificationChannel channel, PlatformTransactionManager transactions) {
    this.notifications = notifications;
    this.channel = channel;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Returns how many were delivered. */
  public int deliverPending(Long projectId) {
    int delivered = 0;
    for (Notification notification : notifications.findByProjectIdAndDeliveredAtIsNullOrderByIdAsc(projectId)) {
      channel.deliver(notification);
      ownTransaction.executeWithoutResult(status -> notifications.markDelivered(notification.getId(), Instant.now()));
      delivered++;
    }
    return delivered;
  }
}
