package org.tclifecycle.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.identity.GroupsAndFilters;
import org.tclifecycle.portfolio.Portfolio.ConsentWait;
import org.tclifecycle.portfolio.Portfolio.ConsentWaiting;
import org.tclifecycle.portfolio.Portfolio.ConsultationShare;
import org.tclifecycle.portfolio.Portfolio.Deadline;
import org.tclifecycle.portfolio.Portfolio.Envelope;
import org.tclifecycle.portfolio.Portfolio.FundOverrides;
import org.tclifecycle.portfolio.Portfolio.GroupOverdue;
import org.tclifecycle.portfolio.Portfolio.OverdueNotListed;
import org.tclifecycle.portfolio.Portfolio.OverdueTask;
import org.tclifecycle.portfolio.Portfolio.Participants;
import org.tclifecycle.portfolio.Portfolio.StageCount;
import org.tclifecycle.portfolio.Portfolio.StageDuration;
import org.tclifecycle.portfolio.Portfolio.StateCount;
import org.tclifecycle.portfolio.Portfolio.StateRecommendations;
import org.tclifecycle.portfolio.Portfolio.StatusCount;
import org.tclifecycle.portfolio.PortfolioFilter.Condition;
import org.tclifecycle.project.ProjectStage;
import org.tclifecycle.project.ProjectStatus;
import org.tclifecycle.project.ProjectTallies;

/**
 * The portfolio's figures (never a project loaded one by one). The counts (projects by stage and State,
 * consultations, participants, funding decisions, recommendations by status) read the few rows of
 * {@code portfolio_tally} that match the filters, kept with each change by {@link ProjectTallies}; days per stage
 * read the stage-period read model; what depends on the moment of the call (consent waits, overdue tasks,
 * deadlines) is an SQL aggregate over Camunda's runtime tables. Days are seconds between two timestamps over
 * 86,400, and medians and percentiles are {@code percentile_cont ... within group}, which H2 2.x and PostgreSQL both compute.
 */
@Service
@Transactional(readOnly = true)
class PortfolioFigures {

  static final int LIST_LIMIT = 100;
  private static final String CONSENT_TASK = "Task_RecordConsent";
  private static final String PROGRESS_REPORT_TIMER = "Event_ProgressReportDue";
  private static final String CANDIDATE_GROUPS = " left join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate'"
      + " and l.group_id_ is not null";
  private static final String TASKLIST_LINK = TasklistFilterLinks.TASKLIST + "?task=";
  /** Days between a Camunda timestamp column and the bound timestamp (now), as a double in both databases. */
  private static final String DAYS_UNTIL_NOW = "cast((extract(epoch from cast(? as timestamp)) - extract(epoch from %s)) / 86400.0 as double precision)";

  private final JdbcTemplate jdbc;
  private final TasklistFilterLinks tasklistFilters;

  PortfolioFigures(JdbcTemplate jdbc, TasklistFilterLinks tasklistFilters) {
    this.jdbc = jdbc;
    this.tasklistFilters = tasklistFilters;
  }

  Portfolio figures(PortfolioFilter filter) {
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    List<OverdueTask> overdueTasks = overdueTasks(filter, now);
    return new Portfolio(filter, now.toInstant(), byStage(filter), byState(filter), stageDurations(filter),
        List.of(consentWaiting(filter, now)), consentWaits(filter, now), overdueByGroup(filter, now), overdueTasks,
        overdueNotListed(filter, now, overdueTasks), List.of(consultations(filter)), participants(filter), envelopes(filter),
        fundOverrides(filter), recommendationStatus(filter), unaddressedRecommendations(filter), deadlines(filter, now));
  }

  List<StageCount> byStage(PortfolioFilter filter) {
    Map<String, Long> byStage = new java.util.HashMap<>();
    tallies(filter, ProjectTallies.PROJECTS).forEach((item, projects) -> byStage.merge(stage(item), projects, Long::sum));
    return byStage.entrySet().stream().filter(count -> count.getValue() != 0).map(count -> new StageCount(count.getKey(), count.getValue()))
        .sorted(Comparator.comparing(count -> ProjectStage.valueOf(count.stage()))).toList();
  }

  /** Projects by State, and those open, most projects first. */
  List<StateCount> byState(PortfolioFilter filter) {
    Condition where = filter.tallies("t", true);
    Map<String, long[]> byState = new java.util.HashMap<>();
    jdbc.query("select t.country_code, t.item, t.tally from portfolio_tally t where t.figure = ? and " + where.sql(), rs -> {
      long[] counts = byState.computeIfAbsent(rs.getString(1), country -> new long[2]);
      counts[0] += rs.getLong(3);
      if (rs.getString(2).endsWith(":" + ProjectStatus.OPEN.name())) {
        counts[1] += rs.getLong(3);
      }
    }, args(ProjectTallies.PROJECTS, where));
    return byState.entrySet().stream().filter(state -> state.getValue()[0] != 0)
        .map(state -> new StateCount(state.getKey(), state.getValue()[0], state.getValue()[1]))
        .sorted(Comparator.comparingLong(StateCount::projects).reversed().thenComparing(StateCount::country)).toList();
  }

  /** The counts of one figure of {@code portfolio_tally} under the filters, by item (ProjectTallies keeps them). */
  private Map<String, Long> tallies(PortfolioFilter filter, String figure) {
    Condition where = filter.tallies("t", false);
    Map<String, Long> tallies = new java.util.TreeMap<>();
    jdbc.query("select t.item, t.tally from portfolio_tally t where t.figure = ? and " + where.sql(),
        rs -> { tallies.put(rs.getString(1), rs.getLong(2)); }, args(figure, where));
    return tallies;
  }

  private static String stage(String stageItem) {
    return stageItem.substring(0, stageItem.indexOf(':'));
  }

  /**
   * Days in each stage over the finished stage periods of the read model {@code project_stage_period}
   * (written with each stage change, back-filled from Camunda's history); stages still running are not counted.
   * Without filters, from the periods' histogram by stage and tenth of a day, whose size does not grow with
   * the portfolio; with filters, from the periods of the projects chosen (each period carries its project's filter values).
   */
  List<StageDuration> stageDurations(PortfolioFilter filter) {
    Condition where = filter.projects("p");
    List<StageDuration> durations = new ArrayList<>();
    if (where.args().isEmpty()) {
      Map<String, DaysHistogram> histograms = new java.util.LinkedHashMap<>();
      jdbc.query("select stage, tenths, periods from stage_days_histogram where periods > 0 order by stage, tenths",
          rs -> { histograms.computeIfAbsent(rs.getString(1), stage -> new DaysHistogram()).add(rs.getLong(2), rs.getLong(3)); });
      histograms.forEach((stage, histogram) -> durations.add(new StageDuration(stage, histogram.periods(), histogram.percentile(0.5),
          histogram.percentile(0.9))));
    } else {
      Condition periods = filter.stagePeriods("s");
      durations.addAll(jdbc.query("select s.stage, count(*), percentile_cont(0.5) within group (order by s.days),"
          + " percentile_cont(0.9) within group (order by s.days) from project_stage_period s"
          + " where s.days is not null and " + periods.sql() + " group by s.stage",
          (rs, i) -> new StageDuration(rs.getString(1), rs.getLong(2), days(rs, 3), days(rs, 4)), periods.array()));
    }
    durations.sort(Comparator.comparing(duration -> ProjectStage.valueOf(duration.stage())));
    return durations;
  }

  ConsentWaiting consentWaiting(PortfolioFilter filter, Timestamp now) {
    Condition where = filter.projects("p");
    return jdbc.queryForObject("select count(*), percentile_cont(0.5) within group (order by w.days), max(w.days) from (select "
        + DAYS_UNTIL_NOW.formatted("t.create_time_") + " as days from act_ru_task t"
        + filterJoin(where, "p.process_instance_id = t.proc_inst_id_") + " where t.task_def_key_ = ?) w",
        (rs, i) -> new ConsentWaiting(rs.getLong(1), days(rs, 2), days(rs, 3)), args(now, where, CONSENT_TASK));
  }

  List<ConsentWait> consentWaits(PortfolioFilter filter, Timestamp now) {
    Condition where = filter.projects("p");
    return jdbc.query("select p.business_key, p.country_code, " + DAYS_UNTIL_NOW.formatted("t.create_time_") + " as days from act_ru_task t"
        + " join cooperation_project p on p.process_instance_id = t.proc_inst_id_ where t.task_def_key_ = ? and " + where.sql()
        + " order by t.create_time_, p.business_key fetch first " + LIST_LIMIT + " rows only",
        (rs, i) -> new ConsentWait(rs.getString(1), rs.getString(2), days(rs, 3)), args(now, CONSENT_TASK, where));
  }

  /**
   * Open tasks past due by candidate group: the project's own and its consultations' and follow-ups' (same business key);
   * with no filter, all. Without filters the due-date range is read from its index alone (changelog 025); each task is
   * counted once per group (a group named twice on a task counts once), and the oldest due date gives the most days overdue.
   * Hash aggregates, not sorts: sorting the tasks' group names by the database's collation cost more than the join.
   */
  List<GroupOverdue> overdueByGroup(PortfolioFilter filter, Timestamp now) {
    Condition where = filter.projects("p");
    String from = where.args().isEmpty() ? " from act_ru_task t" + CANDIDATE_GROUPS + " where t.due_date_ < ? and t.proc_inst_id_ is not null"
        : overdueTasksFrom(where);
    return jdbc.query("select g.grp, count(*), min(g.due) from (select distinct t.id_, coalesce(l.group_id_, '(no group)') as grp,"
        + " t.due_date_ as due" + from + ") g group by g.grp",
        (rs, i) -> new GroupOverdue(rs.getString(1), rs.getLong(2), daysBetween(rs.getTimestamp(3), now)), args(now, where))
        .stream().sorted(Comparator.comparingLong(GroupOverdue::tasks).reversed().thenComparing(GroupOverdue::group)).toList();
  }

  /**
   * How many overdue tasks the list of {@link #LIST_LIMIT} rows leaves out (a task with two groups has two rows), and
   * Tasklist's Overdue filter, which lists them (the tasks of the reader's groups). Counted only when the list is full.
   */
  OverdueNotListed overdueNotListed(PortfolioFilter filter, Timestamp now, List<OverdueTask> listed) {
    long notListed = 0;
    if (listed.size() >= LIST_LIMIT) {
      Condition where = filter.projects("p");
      String from = where.args().isEmpty() ? " from act_ru_task t where t.due_date_ < ? and t.proc_inst_id_ is not null"
          : overdueTasksFrom(where, "");
      long overdue = jdbc.queryForObject("select count(*)" + from, Long.class, args(now, where));
      notListed = Math.max(0, overdue - listed.stream().map(OverdueTask::taskId).distinct().count());
    }
    return new OverdueNotListed(notListed, tasklistFilters.link(GroupsAndFilters.OVERDUE));
  }

  List<OverdueTask> overdueTasks(PortfolioFilter filter, Timestamp now) {
    Condition where = filter.projects("p");
    return jdbc.query("select t.id_, t.name_, p.business_key, coalesce(l.group_id_, '(no group)'), t.due_date_, "
        + DAYS_UNTIL_NOW.formatted("t.due_date_") + overdueTasksFrom(where) + " order by t.due_date_, t.id_ fetch first " + LIST_LIMIT + " rows only",
        (rs, i) -> new OverdueTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
            days(rs, 6), TASKLIST_LINK + rs.getString(1)), args(now, now, where));
  }

  private static String overdueTasksFrom(Condition where) {
    return overdueTasksFrom(where, CANDIDATE_GROUPS);
  }

  private static String overdueTasksFrom(Condition where, String groups) {
    return " from act_ru_task t join act_ru_execution pe on pe.id_ = t.proc_inst_id_"
        + " left join cooperation_project p on p.business_key = pe.business_key_"
        + groups + " where t.due_date_ < ? and " + where.sql();
  }

  /** The join to the project table where it only filters: none without filters (every record belongs to a project). */
  private static String filterJoin(Condition where, String on) {
    return where.args().isEmpty() ? "" : " join cooperation_project p on " + on + " and " + where.sql();
  }

  ConsultationShare consultations(PortfolioFilter filter) {
    Map<String, Long> rounds = tallies(filter, ProjectTallies.CONSULTATION_ROUNDS);
    long all = rounds.getOrDefault(ProjectTallies.ROUNDS, 0L);
    long inclusive = rounds.getOrDefault(ProjectTallies.ROUNDS_HEARING_NHRI_AND_CIVIL_SOCIETY, 0L);
    return new ConsultationShare(all, inclusive, all == 0 ? null : Math.round(1000.0 * inclusive / all) / 1000.0,
        rounds.getOrDefault(ProjectTallies.ROUNDS_WITH_EXCEPTION, 0L));
  }

  List<Participants> participants(PortfolioFilter filter) {
    Map<String, Long> participants = tallies(filter, ProjectTallies.PARTICIPANTS);
    List<String> sexes = ProjectTallies.PARTICIPANTS_BY_SEX;
    return List.of(new Participants("women", participants.getOrDefault(sexes.get(0), 0L)),
        new Participants("men", participants.getOrDefault(sexes.get(1), 0L)),
        new Participants("other or not stated", participants.getOrDefault(sexes.get(2), 0L)));
  }

  List<Envelope> envelopes(PortfolioFilter filter) {
    Condition where = filter.envelopes("e");
    return jdbc.query("select e.fund, e.budget_year, e.currency, e.amount, e.committed from fund_envelope e where " + where.sql()
        + " order by e.budget_year desc, e.fund, e.currency",
        (rs, i) -> new Envelope(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
            rs.getBigDecimal(4).subtract(rs.getBigDecimal(5))), where.array());
  }

  /** Funding decisions by fund (the decision's, else the fund the project asked for), and the overrides among them. */
  List<FundOverrides> fundOverrides(PortfolioFilter filter) {
    Map<String, Long> overridden = tallies(filter, ProjectTallies.FUNDING_OVERRIDDEN);
    Map<String, Long> againstAdvice = tallies(filter, ProjectTallies.FUNDING_AGAINST_ADVICE);
    return tallies(filter, ProjectTallies.FUNDING_DECISIONS).entrySet().stream().filter(fund -> fund.getValue() != 0)
        .map(fund -> new FundOverrides(fund.getKey(), fund.getValue(), overridden.getOrDefault(fund.getKey(), 0L),
            againstAdvice.getOrDefault(fund.getKey(), 0L))).toList();
  }

  /** Each linked recommendation counted once per project, by the last status reported (NOT_REPORTED without any). */
  List<StatusCount> recommendationStatus(PortfolioFilter filter) {
    return tallies(filter, ProjectTallies.RECOMMENDATION_STATUS).entrySet().stream().filter(status -> status.getValue() != 0)
        .map(status -> new StatusCount(status.getKey(), status.getValue())).toList();
  }

  /** Supported UPR recommendations to each State, and those no project of that State addresses (only the State filter applies). */
  List<StateRecommendations> unaddressedRecommendations(PortfolioFilter filter) {
    List<Object> args = new ArrayList<>();
    String state = "";
    if (filter.country() != null) {
      state = " and rc.country_code = ?";
      args.add(filter.country());
    }
    return jdbc.query("select s.country_code, s.supported, s.addressed from (select rc.country_code, count(*) as supported,"
        + " sum(case when exists (select 1 from project_recommendation pr join cooperation_project p on p.id = pr.project_id"
        + " where pr.recommendation_id = r.annotation_id and p.country_code = rc.country_code) then 1 else 0 end) as addressed"
        + " from recommendation r join recommendation_country rc on rc.annotation_id = r.annotation_id"
        + " where r.upr_position = 'SUPPORTED'" + state + " group by rc.country_code) s"
        + " order by s.supported - s.addressed desc, s.country_code",
        (rs, i) -> new StateRecommendations(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(2) - rs.getLong(3)), args.toArray());
  }

  /**
   * Coming deadlines, soonest first: progress reports (the review's timer), due dates of open tasks, planned
   * Board sessions, and the thematic panel's dates (these belong to no State or fund: shown unless one is chosen).
   */
  List<Deadline> deadlines(PortfolioFilter filter, Timestamp now) {
    Condition where = filter.projects("p");
    LocalDate today = now.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    String limit = " fetch first " + LIST_LIMIT + " rows only";
    List<Deadline> deadlines = new ArrayList<>();
    deadlines.addAll(jdbc.query("select j.duedate_, p.business_key from act_ru_job j join act_ru_jobdef jd on jd.id_ = j.job_def_id_"
        + " join act_ru_execution pe on pe.id_ = j.process_instance_id_ join cooperation_project p on p.business_key = pe.business_key_"
        + " where j.type_ = 'timer' and jd.act_id_ = ? and j.duedate_ >= ? and " + where.sql() + " order by j.duedate_" + limit,
        (rs, i) -> new Deadline(date(rs, 1), "PROGRESS_REPORT", rs.getString(2), "progress report due"), args(PROGRESS_REPORT_TIMER, now, where)));
    deadlines.addAll(jdbc.query("select t.due_date_, p.business_key, t.name_ from act_ru_task t join act_ru_execution pe on pe.id_ = t.proc_inst_id_"
        + " left join cooperation_project p on p.business_key = pe.business_key_ where t.due_date_ >= ? and " + where.sql()
        + " order by t.due_date_" + limit,
        (rs, i) -> new Deadline(date(rs, 1), "TASK_DUE", rs.getString(2), rs.getString(3)), args(now, where)));
    deadlines.addAll(jdbc.query("select b.planned_on, p.business_key, b.session_name from board_referral b join cooperation_project p on p.id = b.project_id"
        + " where b.held_on is null and b.planned_on >= ? and " + where.sql() + " order by b.planned_on" + limit,
        (rs, i) -> new Deadline(rs.getObject(1, LocalDate.class), "BOARD_SESSION", rs.getString(2), rs.getString(3)), args(today, where)));
    if (filter.country() == null && filter.fund() == null) {
      deadlines.addAll(panelDeadlines(filter, today));
    }
    deadlines.sort(Comparator.comparing(Deadline::due).thenComparing(Deadline::kind).thenComparing(d -> String.valueOf(d.subject())));
    return deadlines.size() > LIST_LIMIT ? List.copyOf(deadlines.subList(0, LIST_LIMIT)) : deadlines;
  }

  private List<Deadline> panelDeadlines(PortfolioFilter filter, LocalDate today) {
    List<Deadline> deadlines = new ArrayList<>();
    String area = filter.thematicArea() == null ? "" : " and thematic_area = ?";
    List<Object> args = new ArrayList<>(List.of(today));
    if (filter.thematicArea() != null) {
      args.add(filter.thematicArea().name());
    }
    for (String[] date : new String[][] {{"contributions_due", "PANEL_CONTRIBUTIONS_DUE", "contributions due"},
        {"submission_due", "PANEL_REPORT_DUE", "report due to the Council"}, {"session_starts", "PANEL_SESSION", "Council session starts"}}) {
      deadlines.addAll(jdbc.query("select " + date[0] + ", theme from thematic_panel where " + date[0] + " >= ?" + area
          + " order by " + date[0] + " fetch first " + LIST_LIMIT + " rows only",
          (rs, i) -> new Deadline(rs.getObject(1, LocalDate.class), date[1], rs.getString(2), date[2]), args.toArray()));
    }
    return deadlines;
  }

  private static Object[] args(Object first, Object second, Condition where) {
    List<Object> all = new ArrayList<>(List.of(first, second));
    all.addAll(where.args());
    return all.toArray();
  }

  private static Object[] args(Object first, Condition where, Object last) {
    List<Object> all = new ArrayList<>(List.of(first));
    all.addAll(where.args());
    all.add(last);
    return all.toArray();
  }

  private static Object[] args(Object first, Condition where) {
    List<Object> all = new ArrayList<>(List.of(first));
    all.addAll(where.args());
    return all.toArray();
  }

  /** Days from a timestamp to now, rounded to a tenth as {@link #days} rounds the database's. */
  static Double daysBetween(Timestamp from, Timestamp now) {
    return from == null ? null : Math.round((now.getTime() - from.getTime()) / 8_640_000.0) / 10.0;
  }

  static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  /** A day count rounded to a tenth, or null when the database found none. */
  static Double days(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : Math.round(value * 10) / 10.0;
  }

  private static LocalDate date(ResultSet rs, int column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp.toLocalDateTime().toLocalDate();
  }
}
