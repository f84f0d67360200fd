package org.tclifecycle.portfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tclifecycle.portfolio.Portfolio.ConsultationShare;
import org.tclifecycle.portfolio.Portfolio.FundOverrides;
import org.tclifecycle.portfolio.Portfolio.Participants;
import org.tclifecycle.portfolio.Portfolio.StageCount;
import org.tclifecycle.portfolio.Portfolio.StateCount;
import org.tclifecycle.portfolio.Portfolio.StatusCount;
import org.tclifecycle.portfolio.PortfolioFilter.Condition;
import org.tclifecycle.project.ProjectStage;

/**
 * The dashboard's counts as it computed them before {@code portfolio_tally}, by counting the records: the reference
 * the counts kept with each change must equal.
 */
final class CountingQueries {

  private final JdbcTemplate jdbc;

  CountingQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<StageCount> byStage(PortfolioFilter filter) {
    Condition where = filter.projects("p");
    List<StageCount> counts = new ArrayList<>(jdbc.query("select p.stage, count(*) from cooperation_project p where " + where.sql()
        + " group by p.stage", (rs, i) -> new StageCount(rs.getString(1), rs.getLong(2)), where.array()));
    counts.sort(Comparator.comparing(count -> ProjectStage.valueOf(count.stage())));
    return counts;
  }

  List<StateCount> byState(PortfolioFilter filter) {
    Condition where = filter.projects("p");
    return jdbc.query("select p.country_code, count(*), sum(case when p.status = 'OPEN' then 1 else 0 end) from cooperation_project p where "
        + where.sql() + " group by p.country_code order by count(*) desc, p.country_code",
        (rs, i) -> new StateCount(rs.getString(1), rs.getLong(2), rs.getLong(3)), where.array());
  }

  ConsultationShare consultations(PortfolioFilter filter) {
    Condition where = filter.projects("p");
    return jdbc.queryForObject("select count(*), coalesce(sum(case when (',' || r.actor_types || ',') like '%,NHRI,%'"
        + " and (',' || r.actor_types || ',') like '%,CIVIL_SOCIETY,%' then 1 else 0 end), 0),"
        + " coalesce(sum(case when r.outcome = 'EXCEPTION_APPROVED' then 1 else 0 end), 0)"
        + " from consultation_round r join cooperation_project p on p.id = r.project_id and " + where.sql(),
        (rs, i) -> {
          long rounds = rs.getLong(1);
          long inclusive = rs.getLong(2);
          return new ConsultationShare(rounds, inclusive, rounds == 0 ? null : Math.round(1000.0 * inclusive / rounds) / 1000.0, rs.getLong(3));
        }, where.array());
  }

  List<Participants> participants(PortfolioFilter filter) {
    Condition where = filter.projects("p");
    return jdbc.queryForObject("select coalesce(sum(i.participants_women), 0), coalesce(sum(i.participants_men), 0), coalesce(sum(i.participants_other), 0)"
        + " from consultation_invitation i join cooperation_project p on p.id = i.project_id and " + where.sql() + " where i.response = 'RESPONDED'",
        (rs, i) -> List.of(new Participants("women", rs.getLong(1)), new Participants("men", rs.getLong(2)),
            new Participants("other or not stated", rs.getLong(3))), where.array());
  }

  List<FundOverrides> fundOverrides(PortfolioFilter filter) {
    Condition where = filter.projects("p");
    return jdbc.query("select x.fund, count(*), sum(case when x.overridden then 1 else 0 end), sum(case when x.against_board_advice then 1 else 0 end)"
        + " from (select coalesce(d.fund, (select f.preferred_fund from cooperation_project f where f.id = d.project_id)) as fund, d.overridden,"
        + " d.against_board_advice from funding_decision d join cooperation_project p on p.id = d.project_id and " + where.sql()
        + ") x group by x.fund order by x.fund",
        (rs, i) -> new FundOverrides(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)), where.array());
  }

  List<StatusCount> recommendationStatus(PortfolioFilter filter) {
    Condition where = filter.projects("p");
    return jdbc.query("select coalesce(f.status, 'NOT_REPORTED') as status, count(*) from project_recommendation pr"
        + " join cooperation_project p on p.id = pr.project_id and " + where.sql()
        + " left join recommendation_follow_up f on f.project_id = pr.project_id and f.recommendation_id = pr.recommendation_id"
        + " and not exists (select 1 from recommendation_follow_up later where later.project_id = f.project_id"
        + " and later.recommendation_id = f.recommendation_id and later.id > f.id)"
        + " group by coalesce(f.status, 'NOT_REPORTED') order by status",
        (rs, i) -> new StatusCount(rs.getString(1), rs.getLong(2)), where.array());
  }
}
