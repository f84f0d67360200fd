package org.tclifecycle.notification;

import java.time.Instant;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued notifications, each through its channel (the webhook or e-mail). Each one is marked
 * delivered in a transaction of its own right after the channel took it, so when a later one fails and the
 * job is retried, the ones already taken are not sent again.
 */
@Component
public class NotificationRelay {

  private final NotificationRepository notifications;
  private final NotificationChannel webhook;
  private final NotificationChannel mail;
  private final TransactionTemplate ownTransaction;

  NotificationRelay(NotificationRepository notifications, @Qualifier("notificationChannel") NotificationChannel webhook,
      @Qualifier("mailChannel") NotificationChannel mail, PlatformTransactionManager transactions) {
    this.notifications = notifications;
    this.webhook = webhook;
    this.mail = mail;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The send tasks of a project's process: its queued messages to the State, in order. Returns how many were delivered. */
  public int deliverPending(Long projectId) {
    int delivered = 0;
    for (Notification notification : notifications.findByProjectIdAndDeliveredAtIsNullAndOwnJobFalseOrderByIdAsc(projectId)) {
      send(notification);
      delivered++;
    }
    return delivered;
  }

  /** A notification sent by a job of its own ({@link SendNotificationJobHandler}); one already delivered is not sent again. */
  public void deliver(Long notificationId) {
    notifications.findById(notificationId).filter(notification -> notification.getDeliveredAt() == null).ifPresent(this::send);
  }

  private void send(Notification notification) {
    (notification.getChannel() == Notification.Channel.MAIL ? mail : webhook).deliver(notification);
    ownTransaction.executeWithoutResult(status -> notifications.markDelivered(notification.getId(), Instant.now()));
  }
}
