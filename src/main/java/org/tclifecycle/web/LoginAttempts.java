package org.tclifecycle.web;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Failed logins per subject ({@code user:<id>} or {@code address:<ip>}) in the database, so that every node
 * of a cluster sees the same delays. A lost update between two nodes failing at the same instant costs one
 * count, never a permanent lock: every block ends by itself.
 */
@Component
public class LoginAttempts {

  private static final int SUBJECT_LENGTH = 320;

  private final JdbcTemplate jdbc;
  private final LoginThrottleSettings settings;

  public LoginAttempts(JdbcTemplate jdbc, LoginThrottleSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  public static String user(String userId) {
    return subject("user:" + userId);
  }

  public static String address(String address) {
    return subject("address:" + address);
  }

  private static String subject(String subject) {
    return subject.length() <= SUBJECT_LENGTH ? subject : subject.substring(0, SUBJECT_LENGTH);
  }

  record Failures(int count, Instant blockedUntil, Instant lastFailure) {}

  /** How much longer logins of the subject stay blocked; zero when they are allowed. */
  public Duration blockedFor(String subject, Instant now) {
    Failures failures = read(subject);
    if (failures == null || !failures.blockedUntil().isAfter(now)) {
      return Duration.ZERO;
    }
    return Duration.between(now, failures.blockedUntil());
  }

  /** Counts a failure and blocks the subject for the delay its limit gives that many failures. */
  public void failed(String subject, LoginThrottleSettings.Limit limit, Instant now) {
    Instant forgotten = now.minus(settings.forgetAfter());
    Failures before = read(subject);
    int count = before == null || before.lastFailure().isBefore(forgotten) ? 1 : before.count() + 1;
    Timestamp blockedUntil = Timestamp.from(now.plus(limit.delayAfter(count)));
    Timestamp at = Timestamp.from(now);
    if (before == null) {
      try {
        jdbc.update("insert into login_throttle (subject, failures, blocked_until, last_failure) values (?, ?, ?, ?)",
            subject, count, blockedUntil, at);
        return;
      } catch (DuplicateKeyException anotherNodeWasFirst) {
        // fall through to the update
      }
    }
    jdbc.update("update login_throttle set failures = ?, blocked_until = ?, last_failure = ? where subject = ?",
        count, blockedUntil, at, subject);
    jdbc.update("delete from login_throttle where last_failure < ? and blocked_until < ?", Timestamp.from(forgotten), at);
  }

  /** A correct password: the user's failures are forgotten (an address's are not: one good account must not launder guesses). */
  public void succeeded(String subject) {
    jdbc.update("delete from login_throttle where subject = ?", subject);
  }

  private Failures read(String subject) {
    List<Failures> rows = jdbc.query("select failures, blocked_until, last_failure from login_throttle where subject = ?",
        (rs, i) -> new Failures(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()), subject);
    return rows.isEmpty() ? null : rows.get(0);
  }
}
