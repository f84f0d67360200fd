package org.tclifecycle;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With {@code -Ptc.test.database=postgres} (the Maven profile {@code postgres}) the Spring tests run on a
 * database of their own, created on the PostgreSQL server for this test JVM and dropped when it exits, so
 * every run starts empty and leaves the server as it found it. The application reaches it through a TCP
 * relay that a test can cut to play an outage. Otherwise they run on in-memory H2.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static final String SERVER = System.getProperty("tc.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String USER = System.getProperty("tc.test.postgres.user", "postgres");
  private static final String PREFIX = "tc_test_";
  private static final long STALE_AFTER_MILLIS = 6 * 3600_000L;
  private static String url;
  private static TcpProxy relay;

  public static boolean onPostgres() {
    return "postgres".equals(System.getProperty("tc.test.database"));
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    if (onPostgres()) {
      TestPropertyValues.of("spring.datasource.url=" + database(), "spring.datasource.username=" + USER,
          "spring.datasource.password=").applyTo(context);
    }
  }

  private static synchronized String database() {
    if (url == null) {
      long now = System.currentTimeMillis();
      String name = PREFIX + now + "_" + ProcessHandle.current().pid();
      execute(statement -> {
        dropStale(statement, now);
        statement.execute("create database " + name);
      });
      Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(statement ->
          statement.execute("drop database if exists " + name + " with (force)"))));
      try {
        relay = new TcpProxy("127.0.0.1", 5432);
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
      url = SERVER.replace("127.0.0.1:5432", "127.0.0.1:" + relay.port()) + name;
    }
    return url;
  }

  /** The test database's URL without the relay, for processes started outside this JVM. */
  public static synchronized String directUrl() {
    return database().replace("127.0.0.1:" + relay.port(), "127.0.0.1:5432");
  }

  /** The relay between the application and PostgreSQL (PostgreSQL runs only). */
  public static synchronized TcpProxy relay() {
    database();
    return relay;
  }

  /** Databases of test runs that were killed before their shutdown hook ran. */
  private static void dropStale(Statement statement, long now) throws SQLException {
    List<String> stale = new ArrayList<>();
    try (ResultSet names = statement.executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'")) {
      while (names.next()) {
        String name = names.getString(1);
        String[] parts = name.substring(PREFIX.length()).split("_");
        if (parts[0].matches("\\d+") && now - Long.parseLong(parts[0]) > STALE_AFTER_MILLIS) {
          stale.add(name);
        }
      }
    }
    for (String name : stale) {
      statement.execute("drop database if exists " + name + " with (force)");
    }
  }

  private interface Work {
    void run(Statement statement) throws SQLException;
  }

  private static void execute(Work work) {
    try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
        Statement statement = connection.createStatement()) {
      work.run(statement);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL test database: " + e.getMessage(), e);
    }
  }
}
