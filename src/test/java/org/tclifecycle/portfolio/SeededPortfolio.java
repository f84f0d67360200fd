package org.tclifecycle.portfolio;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small portfolio whose figures are known, written straight into our tables and Camunda's history and runtime
 * tables. Its projects were registered in {@value #YEAR}, a year no other test's projects have, so the
 * dashboard's year filter shows these alone; {@link #remove()} takes every row away again. The read model of
 * stage periods is filled from the history by the migration's back-fill ({@link StagePeriodBackfill}), the dashboard's counts
 * by theirs ({@link TallyBackfill}).
 */
public final class SeededPortfolio {

  public static final int YEAR = 2019;
  static final String PREFIX = "pf-";
  /** Hours added to January 1st so that no time zone moves a day. */
  private static final LocalDateTime DAY_ZERO = LocalDateTime.of(YEAR, 1, 7, 12, 0);

  private final JdbcTemplate jdbc;
  private final Timestamp now;
  private long actorId;

  public SeededPortfolio(JdbcTemplate jdbc, Timestamp now) {
    this.jdbc = jdbc;
    this.now = now;
  }

  /** The seeded portfolio, written afresh (what an earlier run left is removed first), timed at the engine's clock. */
  public static SeededPortfolio writtenNow(JdbcTemplate jdbc) {
    SeededPortfolio portfolio = new SeededPortfolio(jdbc, new Timestamp(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().getTime()));
    portfolio.remove();
    portfolio.write();
    return portfolio;
  }

  public void write() {
    project(1, "KE", "CONSENT", "OPEN", "ADMINISTRATION_OF_JUSTICE", "UPR_VOLUNTARY_FUND");
    project(2, "KE", "EXECUTION", "OPEN", "ADMINISTRATION_OF_JUSTICE", "REGULAR_BUDGET");
    project(3, "SN", "ENDED", "CLOSED", "ADMINISTRATION_OF_JUSTICE", "REGULAR_BUDGET");
    project(4, "SN", "ENDED", "DECLINED", "ADMINISTRATION_OF_JUSTICE", "UPR_VOLUNTARY_FUND");
    project(5, "KE", "DESIGN", "OPEN", "GENDER_EQUALITY", "UPR_VOLUNTARY_FUND");
    project(6, "KE", "CONSENT", "OPEN", "ADMINISTRATION_OF_JUSTICE", "UPR_VOLUNTARY_FUND");
    project(7, "MV", "FUNDING", "OPEN", "ADMINISTRATION_OF_JUSTICE", "UPR_VOLUNTARY_FUND");

    // history: the day each stage's activity first started; processes 3 and 4 ended on day 30 and 10
    process(1, null, "Task_ScreenRequest", 0, "Task_RequestConsent", 3);
    process(2, null, "Task_ScreenRequest", 0, "Task_RequestConsent", 6, "Task_AssessNeeds", 26, "Task_DesignProject", 30,
        "Task_EvaluateFundingCriteria", 40, "SubProcess_ExecuteProject", 41);
    process(3, 30, "Task_ScreenRequest", 0, "Task_RequestConsent", 2, "Task_AssessNeeds", 12, "Task_DesignProject", 20);
    process(4, 10, "Task_ScreenRequest", 0, "Task_ScreenRequest", 1, "Task_RequestConsent", 4);
    process(5, null, "Task_ScreenRequest", 0, "Task_RequestConsent", 1, "Task_AssessNeeds", 5, "Task_DesignProject", 9);
    activity(5, "Gateway_RequestComplete", "exclusiveGateway", 0, 0L);
    // the dashboard's stage periods, as the migration back-fills them from this history
    StagePeriodBackfill.STATEMENTS.forEach(jdbc::update);
    // the screening task's own durations, for the heatmap: 1, 2, 1, 1 and 2 days; project 5's still open
    jdbc.update("update act_hi_actinst set duration_ = ?, end_time_ = start_time_ where act_id_ = 'Task_ScreenRequest' and proc_inst_id_ in ('pf-1', 'pf-3', 'pf-4')"
        + " and id_ <> 'pf-4-Task_ScreenRequest-1'", Duration.ofDays(1).toMillis());
    jdbc.update("update act_hi_actinst set duration_ = ?, end_time_ = start_time_ where id_ in ('pf-2-Task_ScreenRequest-0', 'pf-4-Task_ScreenRequest-1')",
        Duration.ofDays(2).toMillis());

    // runtime: two requests waiting for consent for 12 and 4 days; three overdue tasks; one coming due date
    for (int running : new int[] {1, 2, 5, 6}) {
      jdbc.update("insert into act_ru_execution (id_, rev_, proc_inst_id_, business_key_, is_active_, is_concurrent_, is_scope_, is_event_scope_,"
          + " suspension_state_) values (?, 1, ?, ?, true, false, true, false, 1)", PREFIX + running, PREFIX + running, key(running));
    }
    task("consent-1", 1, "Task_RecordConsent", "Record State consent", daysAgo(12), null, null);
    task("consent-6", 6, "Task_RecordConsent", "Record State consent", daysAgo(4), null, null);
    task("overdue-1", 2, "Task_ReviewExecution", "Review execution", daysAgo(40), daysAgo(3), "tc-managers");
    task("overdue-2", 5, "Task_DesignProject", "Design project", daysAgo(20), daysAgo(1), "tc-officers");
    task("overdue-3", 5, "Task_DesignProject", "=HYPERLINK(\"http://example.org\")", daysAgo(20), daysAgo(5), "tc-officers");
    task("due-1", 2, "Task_ReportProgress", "Report progress", daysAgo(1), daysAgo(-10), null);

    // consultations: 4 rounds, 2 heard both the NHRI and civil society, 2 exceptions; 12 women, 5 men, 1 other took part
    round(2, "CIVIL_SOCIETY,GOVERNMENT,NHRI", "COVERED");
    round(2, "GOVERNMENT,NHRI", "EXCEPTION_APPROVED");
    round(3, "CIVIL_SOCIETY,NHRI", "COVERED");
    round(3, "CIVIL_SOCIETY", "EXCEPTION_APPROVED");
    actorId = jdbc.queryForObject("select id from national_actor where name = 'Portfolio test NGO'", Long.class);
    invitation(2, 1, "RESPONDED", 5, 3, 1);
    invitation(3, 2, "RESPONDED", 7, 2, 0);
    invitation(3, 3, "NO_RESPONSE", 100, 100, 100);

    // funds: two envelopes of the year; two decisions on the regular budget, one overriding the criteria, one against the Board
    envelope("REGULAR_BUDGET", "1000000.00", "250000.00");
    envelope("UPR_VOLUNTARY_FUND", "500000.00", "500000.00");
    jdbc.update("insert into funding_decision (project_id, decision, justification, fund, overridden, against_board_advice, recorded_at)"
        + " values (?, 'APPROVE', 'Seeded.', 'REGULAR_BUDGET', true, false, ?)", id(2), at(40));
    jdbc.update("insert into funding_decision (project_id, decision, justification, fund, overridden, against_board_advice, recorded_at)"
        + " values (?, 'APPROVE', 'Seeded.', 'REGULAR_BUDGET', false, true, ?)", id(3), at(22));
    jdbc.update("insert into board_referral (project_id, session_name, planned_on, recorded_at) values (?, 'Seeded session', ?, ?)",
        id(2), now.toLocalDateTime().toLocalDate().plusDays(20), at(39));

    // recommendations: the last status of each link (one fully, one partially implemented, two not reported);
    // three supported recommendations to the Maldives and one noted, project 7 addresses one of them
    link(2, "pf-rec-a");
    link(2, "pf-rec-b");
    link(3, "pf-rec-a");
    followUp(2, "pf-rec-a", "IN_PROGRESS");
    followUp(2, "pf-rec-a", "FULLY_IMPLEMENTED");
    followUp(3, "pf-rec-a", "PARTIALLY_IMPLEMENTED");
    for (String[] recommendation : new String[][] {{"pf-mv-1", "SUPPORTED"}, {"pf-mv-2", "SUPPORTED"}, {"pf-mv-3", "SUPPORTED"}, {"pf-mv-4", "NOTED"}}) {
      recommendation(recommendation[0], recommendation[1]);
    }
    link(7, "pf-mv-1");
    // the dashboard's counts, as the migration back-fills them from these records
    TallyBackfill.STATEMENTS.forEach(jdbc::update);
  }

  public void remove() {
    String projects = "(select id from cooperation_project where business_key like 'TC-" + YEAR + "-9%')";
    jdbc.update("delete from act_ru_identitylink where task_id_ like 'pf-%'");
    jdbc.update("delete from act_ru_task where id_ like 'pf-%'");
    jdbc.update("delete from act_ru_execution where id_ like 'pf-%'");
    jdbc.update("delete from act_hi_actinst where id_ like 'pf-%'");
    jdbc.update("delete from act_hi_procinst where id_ like 'pf-%'");
    for (String table : List.of("project_stage_period", "consultation_invitation", "consultation_round", "funding_decision", "board_referral", "recommendation_follow_up",
        "project_recommendation")) {
      jdbc.update("delete from " + table + " where project_id in " + projects);
    }
    jdbc.update("delete from national_actor where name = 'Portfolio test NGO'");
    jdbc.update("delete from fund_envelope where budget_year = " + YEAR);
    jdbc.update("delete from recommendation_country where annotation_id like 'pf-%'");
    jdbc.update("delete from recommendation where annotation_id like 'pf-%'");
    jdbc.update("delete from cooperation_project where business_key like 'TC-" + YEAR + "-9%'");
    // the histogram counted again without the seeded periods
    StagePeriodBackfill.STATEMENTS.subList(1, StagePeriodBackfill.STATEMENTS.size()).forEach(jdbc::update);
    // and the dashboard's counts without the seeded records
    TallyBackfill.STATEMENTS.forEach(jdbc::update);
  }

  public static String key(int project) {
    return "TC-" + YEAR + "-90" + String.format("%02d", project);
  }

  private long id(int project) {
    return jdbc.queryForObject("select id from cooperation_project where business_key = ?", Long.class, key(project));
  }

  private void project(int number, String country, String stage, String status, String area, String fund) {
    OffsetDateTime created = DAY_ZERO.atOffset(ZoneOffset.UTC);
    jdbc.update("insert into cooperation_project (business_key, country_code, requesting_authority, thematic_area, assistance_type, summary,"
        + " rights_categories, estimated_budget, currency, preferred_fund, intake_channel, stage, status, process_instance_id, created_at,"
        + " updated_at, version) values (?, ?, 'Ministry of Justice', ?, 'TECHNICAL_ASSISTANCE', 'Seeded for the portfolio test.', 'CIVIL',"
        + " 100000, 'USD', ?, 'API', ?, ?, ?, ?, ?, 0)", key(number), country, area, fund, stage, status, PREFIX + number, created, created);
  }

  /** A process instance of the project with its activities (id, day, id, day...), ended on the day given or running. */
  private void process(int number, Integer endDay, Object... activities) {
    jdbc.update("insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_, end_time_, state_)"
        + " values (?, ?, ?, 'cooperation-project', 'cooperation-project:seeded', ?, ?, ?)", PREFIX + number, PREFIX + number, key(number),
        at(0), endDay == null ? null : at(endDay), endDay == null ? "ACTIVE" : "COMPLETED");
    for (int i = 0; i < activities.length; i += 2) {
      activity(number, (String) activities[i], "userTask", (Integer) activities[i + 1], null);
    }
  }

  private void activity(int number, String activityId, String type, int day, Long durationMillis) {
    int occurrence = jdbc.queryForObject("select count(*) from act_hi_actinst where proc_inst_id_ = ? and act_id_ = ?", Integer.class,
        PREFIX + number, activityId);
    jdbc.update("insert into act_hi_actinst (id_, proc_def_key_, proc_def_id_, proc_inst_id_, execution_id_, act_id_, act_name_, act_type_,"
        + " start_time_, duration_, act_inst_state_, sequence_counter_) values (?, 'cooperation-project', 'cooperation-project:seeded', ?, ?, ?, ?, ?, ?, ?, 0, 1)",
        PREFIX + number + "-" + activityId + "-" + occurrence, PREFIX + number, PREFIX + number, activityId, activityId, type, at(day), durationMillis);
  }

  private void task(String id, int project, String definitionKey, String name, Timestamp created, Timestamp due, String group) {
    jdbc.update("insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, name_, task_def_key_, priority_, create_time_, last_updated_,"
        + " due_date_, suspension_state_, task_state_) values (?, 1, ?, ?, ?, ?, 50, ?, ?, ?, 1, 'Created')", PREFIX + id, PREFIX + project,
        PREFIX + project, name, definitionKey, created, created, due);
    if (group != null) {
      jdbc.update("insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_) values (?, 1, ?, 'candidate', ?)",
          PREFIX + id + "-link", group, PREFIX + id);
    }
  }

  /**
   * As many more overdue tasks of project 5 for the officers, due 6, 7, 8... days ago (the seed's own are due 1 to 5
   * days ago); the most overdue of them is the managers' too.
   */
  void moreOverdueTasks(int count) {
    for (int i = 0; i < count; i++) {
      task("overdue-more-" + i, 5, "Task_DesignProject", "Design project", daysAgo(200), daysAgo(6 + i), "tc-officers");
    }
    jdbc.update("insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_) values (?, 1, 'tc-managers', 'candidate', ?)",
        PREFIX + "overdue-more-" + (count - 1) + "-link-2", PREFIX + "overdue-more-" + (count - 1));
  }

  private void round(int project, String actorTypes, String outcome) {
    jdbc.update("insert into consultation_round (project_id, stage, actor_types, consulted_on, participants, summary, outcome, recorded_at)"
        + " values (?, 'DESIGN', ?, ?, 10, 'Seeded.', ?, ?)", id(project), actorTypes, LocalDate.of(YEAR, 2, 1), outcome, at(25));
    if (jdbc.queryForObject("select count(*) from national_actor where name = 'Portfolio test NGO'", Integer.class) == 0) {
      jdbc.update("insert into national_actor (country_code, actor_type, name, contact, recorded_at) values ('KE', 'CIVIL_SOCIETY',"
          + " 'Portfolio test NGO', 'ngo@example.org', ?)", at(0));
    }
  }

  private void invitation(int project, int consultation, String response, int women, int men, int other) {
    jdbc.update("insert into consultation_invitation (project_id, stage, consultation_instance_id, actor_id, response, participants_women,"
        + " participants_men, participants_other, recorded_at) values (?, 'DESIGN', ?, ?, ?, ?, ?, ?, ?)", id(project),
        PREFIX + "consultation-" + consultation, actorId, response, women, men, other, at(25));
  }

  private void envelope(String fund, String amount, String committed) {
    jdbc.update("insert into fund_envelope (fund, budget_year, currency, amount, committed, created_by, created_at) values (?, ?, 'USD', ?, ?,"
        + " 'manager1', ?)", fund, YEAR, new java.math.BigDecimal(amount), new java.math.BigDecimal(committed), at(0));
  }

  private void link(int project, String recommendation) {
    jdbc.update("insert into project_recommendation (project_id, recommendation_id) values (?, ?)", id(project), recommendation);
  }

  private void followUp(int project, String recommendation, String status) {
    jdbc.update("insert into recommendation_follow_up (project_id, recommendation_id, status, evidence, source, recorded_at) values (?, ?, ?,"
        + " 'Seeded.', 'FINAL_REVIEW', ?)", id(project), recommendation, status, at(50));
  }

  private void recommendation(String id, String position) {
    jdbc.update("insert into recommendation (annotation_id, text, countries, country_codes, themes, affected_persons, sdgs, sdg_targets, regions,"
        + " upr_position, content_hash, import_id, import_index, updated_at, kind) values (?, 'Seeded recommendation.', '|Maldives|', '|MV|', '',"
        + " '', '', '', '', ?, 'seeded', 0, 0, ?, 'RECOMMENDATION')", id, position, at(0));
    jdbc.update("insert into recommendation_country (annotation_id, country_code) values (?, 'MV')", id);
  }

  private static Timestamp at(int day) {
    return Timestamp.valueOf(DAY_ZERO.plusDays(day));
  }

  private Timestamp daysAgo(int days) {
    return new Timestamp(now.getTime() - Duration.ofDays(days).toMillis());
  }
}
