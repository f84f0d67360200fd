package org.tclifecycle.operations;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs a statement that adds to a count row or creates it (PostgreSQL's {@code insert ... on conflict}, H2's
 * {@code merge}). H2's merge does not hold a key it did not find: of two first counts of a row in concurrent
 * transactions, the second insert waits for the first and is then refused as a duplicate; merged again, it finds
 * the row and adds. A refused statement leaves H2's transaction usable; PostgreSQL's statement never gets here.
 */
public final class CountingUpserts {

  private static final int ATTEMPTS = 3;

  private CountingUpserts() {}

  public static void run(JdbcTemplate jdbc, String upsert, Object... arguments) {
    for (int attempt = 1; ; attempt++) {
      try {
        jdbc.update(upsert, arguments);
        return;
      } catch (DuplicateKeyException raced) {
        if (attempt == ATTEMPTS) {
          throw raced;
        }
      }
    }
  }
}
