package org.tclifecycle.notification;

/** The channel did not take a notification; the send task's job fails and Camunda retries it. */
public class NotificationChannelDown extends RuntimeException {

  NotificationChannelDown(String message, Throwable cause) {
    super(message, cause);
  }
}
