package org.tclifecycle.portfolio;

import java.util.ArrayList;
import java.util.List;
import org.tclifecycle.project.Fund;
import org.tclifecycle.project.ThematicArea;

/**
 * The dashboard's filters: the year a request was registered, the fund it asked for, its thematic area and
 * its State. Each is optional; {@link #projects(String)} gives the SQL condition on a cooperation_project alias.
 */
public record PortfolioFilter(Integer year, Fund fund, ThematicArea thematicArea, String country) {

  public static final PortfolioFilter NONE = new PortfolioFilter(null, null, null, null);

  /** A piece of SQL with its bind arguments, in order. */
  record Condition(String sql, List<Object> args) {

    Condition and(String more, Object... moreArgs) {
      List<Object> all = new ArrayList<>(args);
      all.addAll(List.of(moreArgs));
      return new Condition(sql + " and " + more, all);
    }

    Object[] array() {
      return args.toArray();
    }
  }

  /** The condition on the project table aliased {@code p} (always true without filters). */
  Condition projects(String p) {
    StringBuilder sql = new StringBuilder("1 = 1");
    List<Object> args = new ArrayList<>();
    if (year != null) {
      sql.append(" and ").append(p).append(".created_at >= ? and ").append(p).append(".created_at < ?");
      args.add(java.time.OffsetDateTime.of(year, 1, 1, 0, 0, 0, 0, java.time.ZoneOffset.UTC));
      args.add(java.time.OffsetDateTime.of(year + 1, 1, 1, 0, 0, 0, 0, java.time.ZoneOffset.UTC));
    }
    if (fund != null) {
      sql.append(" and ").append(p).append(".preferred_fund = ?");
      args.add(fund.name());
    }
    if (thematicArea != null) {
      sql.append(" and ").append(p).append(".thematic_area = ?");
      args.add(thematicArea.name());
    }
    if (country != null) {
      sql.append(" and ").append(p).append(".country_code = ?");
      args.add(country);
    }
    return new Condition(sql.toString(), args);
  }

  /** The condition on {@code project_stage_period} (alias {@code s}), which carries its project's filter values. */
  Condition stagePeriods(String s) {
    StringBuilder sql = new StringBuilder("1 = 1");
    List<Object> args = new ArrayList<>();
    if (year != null) {
      sql.append(" and ").append(s).append(".created_year = ?");
      args.add(year);
    }
    if (fund != null) {
      sql.append(" and ").append(s).append(".fund = ?");
      args.add(fund.name());
    }
    if (thematicArea != null) {
      sql.append(" and ").append(s).append(".thematic_area = ?");
      args.add(thematicArea.name());
    }
    if (country != null) {
      sql.append(" and ").append(s).append(".country_code = ?");
      args.add(country);
    }
    return new Condition(sql.toString(), args);
  }

  /**
   * The condition on {@code portfolio_tally} (alias {@code t}) that picks the counts under these filters: each filter's
   * value, or "any" (year 0, '*') where it is not set. With {@code byCountry}, every State's counts (or the one chosen).
   */
  Condition tallies(String t, boolean byCountry) {
    List<Object> args = new ArrayList<>();
    args.add(year == null ? 0 : year);
    args.add(fund == null ? "*" : fund.name());
    args.add(thematicArea == null ? "*" : thematicArea.name());
    String countrySql;
    if (country != null) {
      countrySql = t + ".country_code = ?";
      args.add(country);
    } else {
      countrySql = byCountry ? t + ".country_code <> '*'" : t + ".country_code = '*'";
    }
    return new Condition(t + ".created_year = ? and " + t + ".fund = ? and " + t + ".thematic_area = ? and " + countrySql, args);
  }

  /** The condition on the envelope table aliased {@code e}: the fund and budget year only. */
  Condition envelopes(String e) {
    StringBuilder sql = new StringBuilder("1 = 1");
    List<Object> args = new ArrayList<>();
    if (year != null) {
      sql.append(" and ").append(e).append(".budget_year = ?");
      args.add(year);
    }
    if (fund != null) {
      sql.append(" and ").append(e).append(".fund = ?");
      args.add(fund.name());
    }
    return new Condition(sql.toString(), args);
  }
}
