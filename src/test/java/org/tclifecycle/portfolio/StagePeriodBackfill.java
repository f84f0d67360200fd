package org.tclifecycle.portfolio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The migration's back-fill of {@code project_stage_period} from Camunda's history, as Liquibase runs it (read from the changelog). */
final class StagePeriodBackfill {

  static final String CHANGELOG = "db/changelog/016-portfolio-read-model.sql";
  static final String SQL = statement(CHANGELOG, "016-project-stage-period-backfill");
  /** The periods of projects without any from their history, then the histogram counted again from all periods. */
  static final java.util.List<String> STATEMENTS = java.util.Arrays.stream(SQL.split(";\\s*\n")).map(String::strip).toList();

  private StagePeriodBackfill() {}

  /** The SQL of one changeset of a formatted SQL changelog, comments and the trailing semicolon left out. */
  static String statement(String changelog, String changesetId) {
    String text;
    try (InputStream in = StagePeriodBackfill.class.getClassLoader().getResourceAsStream(changelog)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("cannot read " + changelog, e);
    }
    String marker = "--changeset tclifecycle:" + changesetId + "\n";
    int start = text.indexOf(marker);
    if (start < 0) {
      throw new IllegalStateException(changelog + " has no changeset " + changesetId);
    }
    int end = text.indexOf("--changeset", start + marker.length());
    StringBuilder sql = new StringBuilder();
    for (String line : text.substring(start + marker.length(), end < 0 ? text.length() : end).split("\n")) {
      if (!line.strip().startsWith("--")) {
        sql.append(line).append('\n');
      }
    }
    return sql.toString().strip().replaceAll(";$", "");
  }
}
