package org.tclifecycle.notification;

/** Where notifications leave the application: the State's or partner's messaging gateway. */
public interface NotificationChannel {

  /**
   * Hands one notification over, or throws {@link NotificationChannelDown}. The notification id goes with
   * it as an idempotency key, so a delivery repeated after a crash is recognised by the receiver.
   */
  void deliver(Notification notification);
}
