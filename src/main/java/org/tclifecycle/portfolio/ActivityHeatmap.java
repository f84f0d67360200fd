package org.tclifecycle.portfolio;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where projects wait: for each activity of the cooperation-project diagram, how many projects passed it in a
 * period (finished projects included) and the median and 90th-percentile days they spent there, from
 * Camunda's activity history. Gateways, start and end events and boundary events take no time and are left out.
 */
@Service
@Transactional(readOnly = true)
class ActivityHeatmap {

  @Schema(description = "One activity of the diagram: projects that entered it in the period, instances, and days spent there (finished instances)")
  public record Activity(String activityId, String activityName, String activityType, long projects, long instances, Double medianDays,
      Double p90Days) {}

  public record Heatmap(String processDefinitionKey, LocalDate from, LocalDate to, List<Activity> activities) {}

  private final JdbcTemplate jdbc;

  ActivityHeatmap(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Activities entered from the first day to the last day of the period, both included. */
  Heatmap heatmap(LocalDate from, LocalDate to) {
    ZoneId zone = ZoneId.systemDefault();
    Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
    Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
    List<Activity> activities = jdbc.query("select a.act_id_, max(a.act_name_), max(a.act_type_), count(distinct a.proc_inst_id_), count(*),"
        + " percentile_cont(0.5) within group (order by cast(a.duration_ as double precision) / 86400000.0),"
        + " percentile_cont(0.9) within group (order by cast(a.duration_ as double precision) / 86400000.0)"
        + " from act_hi_actinst a where a.proc_def_key_ = ? and a.start_time_ >= ? and a.start_time_ < ?"
        + " and a.act_type_ not like '%Gateway' and a.act_type_ not like '%EndEvent' and a.act_type_ not like '%StartEvent'"
        + " and a.act_type_ not like 'boundary%' and a.act_type_ not in ('startEvent', 'multiInstanceBody')"
        + " group by a.act_id_ order by a.act_id_",
        (rs, i) -> new Activity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
            PortfolioFigures.days(rs, 6), PortfolioFigures.days(rs, 7)), StageEntries.PROCESS_KEY, start, end);
    return new Heatmap(StageEntries.PROCESS_KEY, from, to, activities);
  }
}
