package org.tclifecycle.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The benchmark's PostgreSQL database: created fresh for the run, measured table by table, dropped at the end. */
final class Database implements AutoCloseable {

  record Footprint(long rows, long bytes) {
    Footprint minus(Footprint other) {
      return new Footprint(rows - other.rows, bytes - other.bytes);
    }
  }

  final String name;
  final String url;
  private final String server;

  Database(String server) throws SQLException {
    this.server = server;
    this.name = "tc_bench_" + System.currentTimeMillis();
    execute(server + "postgres", "create database " + name);
    this.url = server + name;
  }

  /** Row data bytes (pg_column_size of each row, indexes not included) and rows, per group of tables. */
  Map<String, Footprint> footprint() throws SQLException {
    return groups(footprintByTable());
  }

  static Map<String, Footprint> groups(Map<String, Footprint> tables) {
    Map<String, Footprint> groups = new TreeMap<>();
    tables.forEach((table, footprint) -> groups.merge(group(table), footprint,
        (a, b) -> new Footprint(a.rows + b.rows, a.bytes + b.bytes)));
    return groups;
  }

  /**
   * Rows and bytes per table; Camunda's byte arrays are split by their owner (act_ge_bytearray's type_: 1
   * deployments, 2 runtime, 3 history), so serialized history values count as history.
   */
  Map<String, Footprint> footprintByTable() throws SQLException {
    Map<String, Footprint> tables = new TreeMap<>();
    try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
      List<String> names = new ArrayList<>();
      try (ResultSet result = connection.createStatement().executeQuery(
          "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")) {
        while (result.next()) {
          names.add(result.getString(1));
        }
      }
      for (String table : names) {
        String sql = table.equals("act_ge_bytearray")
            ? "select case type_ when 3 then 'act_hi_bytearray' when 2 then 'act_ru_bytearray' else 'act_ge_bytearray' end,"
                + " count(*), coalesce(sum(pg_column_size(t.*)), 0) from act_ge_bytearray t group by 1"
            : "select '" + table + "', count(*), coalesce(sum(pg_column_size(t.*)), 0) from " + table + " t";
        try (ResultSet result = connection.createStatement().executeQuery(sql)) {
          while (result.next()) {
            tables.put(result.getString(1), new Footprint(result.getLong(2), result.getLong(3)));
          }
        }
      }
    }
    return tables;
  }

  /** Process state (runtime), its history, the domain records; metrics, authorizations and the like elsewhere. */
  static String group(String table) {
    if (java.util.Set.of("act_ru_meter_log", "act_ru_task_meter_log", "act_ru_authorization", "act_ru_jobdef", "act_ru_batch",
        "act_ru_filter", "act_ru_tenant", "act_ru_tenant_member").contains(table)) return "engine-other";
    if (table.startsWith("act_ru_")) return "runtime";
    if (table.startsWith("act_hi_")) return "history";
    if (table.startsWith("act_") || table.startsWith("databasechangelog")) return "engine-other";
    return "domain";
  }

  void analyze() throws SQLException {
    execute(url, "analyze");
  }

  long count(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "postgres", "");
        ResultSet result = connection.createStatement().executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  /** A statement on the benchmark's database (bulk loads). */
  void execute(String sql) throws SQLException {
    execute(url, sql);
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** KEEP=1 in the environment leaves the database in place for a closer look (EXPLAIN ANALYZE); its name is printed. */
  @Override
  public void close() throws SQLException {
    if ("1".equals(System.getenv("KEEP"))) {
      System.out.println("  database kept: " + name);
      return;
    }
    execute(server + "postgres", "drop database if exists " + name + " with (force)");
  }
}
