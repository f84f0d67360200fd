package org.tclifecycle.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How fast guessed passwords are slowed down ({@code tc.login-throttle}): per claimed user and per client
 * address, a number of failures go free, then each further failure blocks logins for a delay that doubles
 * up to a maximum. Failures older than {@code forgetAfter} no longer count.
 */
@ConfigurationProperties("tc.login-throttle")
public record LoginThrottleSettings(Limit user, Limit address, Duration forgetAfter) {

  public record Limit(int freeFailures, Duration firstDelay, Duration maxDelay) {

    /** How long logins stay blocked after the given number of failures in a row. */
    public Duration delayAfter(int failures) {
      if (failures <= freeFailures) {
        return Duration.ZERO;
      }
      int doublings = Math.min(failures - freeFailures - 1, 30);
      Duration delay = firstDelay.multipliedBy(1L << doublings);
      return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
  }
}
