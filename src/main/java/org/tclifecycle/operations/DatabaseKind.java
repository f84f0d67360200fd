package org.tclifecycle.operations;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Which database the application runs on, read once at start-up: PostgreSQL in production, H2 in the demo and the
 * tests. For the few statements only PostgreSQL has (advisory locks, {@code on conflict}).
 */
@Component
public class DatabaseKind {

  private final boolean postgres;

  DatabaseKind(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
  }

  public boolean isPostgres() {
    return postgres;
  }
}
