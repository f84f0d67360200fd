package org.tclifecycle.project;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tclifecycle.operations.CountingUpserts;
import org.tclifecycle.operations.DatabaseKind;

/**
 * The portfolio dashboard's counts ({@code portfolio_tally}, changelog 023), kept in the transaction that changes
 * what they count: each change adds to the figure's item under the sixteen combinations of the project's
 * registration year, fund, thematic area and State (the dashboard's filters), so that a dashboard call reads a
 * few rows whatever the portfolio's size. The migration's back-fill counts the same items from the records.
 */
@Component
public class ProjectTallies {

  /** Projects by {@code STAGE:STATUS}. */
  public static final String PROJECTS = "PROJECTS";
  /** Consultation rounds: items {@link #ROUNDS}, {@link #ROUNDS_HEARING_NHRI_AND_CIVIL_SOCIETY}, {@link #ROUNDS_WITH_EXCEPTION}. */
  public static final String CONSULTATION_ROUNDS = "CONSULTATION_ROUNDS";
  public static final String ROUNDS = "rounds";
  public static final String ROUNDS_HEARING_NHRI_AND_CIVIL_SOCIETY = "nhriAndCivilSociety";
  public static final String ROUNDS_WITH_EXCEPTION = "exceptions";
  /** People who took part in consultations (responded invitations), items {@link #PARTICIPANTS_BY_SEX}. */
  public static final String PARTICIPANTS = "PARTICIPANTS";
  public static final java.util.List<String> PARTICIPANTS_BY_SEX = java.util.List.of("women", "men", "other");
  /** Funding decisions by fund (the decision's, else the project's preferred fund), and those overriding the criteria or the Board's advice. */
  public static final String FUNDING_DECISIONS = "FUNDING_DECISIONS";
  public static final String FUNDING_OVERRIDDEN = "FUNDING_OVERRIDDEN";
  public static final String FUNDING_AGAINST_ADVICE = "FUNDING_AGAINST_ADVICE";
  /** Linked recommendations by the latest status reported on them ({@link #NOT_REPORTED} without any). */
  public static final String RECOMMENDATION_STATUS = "RECOMMENDATION_STATUS";
  public static final String NOT_REPORTED = "NOT_REPORTED";

  private static final String COMBINATIONS = "select cast(? as varchar(30)) as figure,"
      + " case when l.by_year = 1 then cast(extract(year from p.created_at at time zone 'UTC') as integer) else 0 end as created_year,"
      + " case when l.by_fund = 1 then p.preferred_fund else '*' end as fund,"
      + " case when l.by_area = 1 then p.thematic_area else '*' end as thematic_area,"
      + " case when l.by_country = 1 then p.country_code else '*' end as country_code,"
      + " cast(? as varchar(60)) as item, cast(? as bigint) as tally from cooperation_project p cross join portfolio_tally_level l where p.id = ?"
      + " order by l.by_year, l.by_fund, l.by_area, l.by_country";
  /** PostgreSQL adds without a race between two first counts of an item; H2 (tests, demo) merges. */
  private static final String ADD_POSTGRES = "insert into portfolio_tally (figure, created_year, fund, thematic_area, country_code, item, tally) "
      + COMBINATIONS + " on conflict (figure, created_year, fund, thematic_area, country_code, item)"
      + " do update set tally = portfolio_tally.tally + excluded.tally";
  private static final String ADD_STANDARD = "merge into portfolio_tally t using (" + COMBINATIONS + ") v on (t.figure = v.figure"
      + " and t.created_year = v.created_year and t.fund = v.fund and t.thematic_area = v.thematic_area and t.country_code = v.country_code"
      + " and t.item = v.item) when matched then update set tally = t.tally + v.tally"
      + " when not matched then insert (figure, created_year, fund, thematic_area, country_code, item, tally)"
      + " values (v.figure, v.created_year, v.fund, v.thematic_area, v.country_code, v.item, v.tally)";

  private final JdbcTemplate jdbc;
  private final String add;

  ProjectTallies(JdbcTemplate jdbc, DatabaseKind database) {
    this.jdbc = jdbc;
    this.add = database.isPostgres() ? ADD_POSTGRES : ADD_STANDARD;
  }

  /** Counts {@code delta} more of the item for the project (its row must be written). */
  public void add(long projectId, String figure, String item, long delta) {
    if (delta != 0) {
      CountingUpserts.run(jdbc, add, figure, item, delta, projectId);
    }
  }

  /**
   * One of the project's counted things moves from one item to another (a stage, a status reported). The two
   * items' rows are changed in the items' order, and each statement's sixteen rows in the levels' order, so
   * that two transactions moving the opposite way lock the shared rows in the same order (no deadlock).
   */
  public void move(long projectId, String figure, String from, String to) {
    int order = from.compareTo(to);
    if (order < 0) {
      add(projectId, figure, from, -1);
      add(projectId, figure, to, 1);
    } else if (order > 0) {
      add(projectId, figure, to, 1);
      add(projectId, figure, from, -1);
    }
  }

  /**
   * Holds the project's row until the transaction ends, before reading what a move starts from (the latest status
   * reported, the links): two reports on one recommendation at once would otherwise both move from the same status
   * and leave the counts one off. Taken first, before any tally row, so that the lock order stays one.
   */
  public void lockProject(long projectId) {
    jdbc.queryForList("select id from cooperation_project where id = ? for update", Long.class, projectId);
  }

  /** The latest status reported on a recommendation linked to the project, {@link #NOT_REPORTED} without any. */
  public String latestStatus(long projectId, String recommendationId) {
    return jdbc.query("select status from recommendation_follow_up where project_id = ? and recommendation_id = ? order by id desc"
        + " fetch first 1 rows only", rs -> rs.next() ? rs.getString(1) : NOT_REPORTED, projectId, recommendationId);
  }

  /** Whether the recommendation is linked to the project. */
  public boolean linked(long projectId, String recommendationId) {
    Integer links = jdbc.queryForObject("select count(*) from project_recommendation where project_id = ? and recommendation_id = ?",
        Integer.class, projectId, recommendationId);
    return links != null && links > 0;
  }

  static String stageItem(ProjectStage stage, ProjectStatus status) {
    return stage.name() + ":" + status.name();
  }
}
