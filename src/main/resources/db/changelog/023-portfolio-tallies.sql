--liquibase formatted sql

--changeset tclifecycle:023-portfolio-tally
-- The dashboard's counts (projects by stage and State, consultation rounds, people who took part in them, funding
-- decisions, linked recommendations by status) read this table instead of counting the records: one row per figure, item and
-- combination of the filters (created_year 0 and '*' stand for "any"), kept in the transaction that changes
-- what it counts (ProjectTallies). A dashboard call reads the few rows of its filters, however many projects there are.
create table portfolio_tally (
    figure varchar(30) not null,
    created_year integer not null,
    fund varchar(40) not null,
    thematic_area varchar(40) not null,
    country_code varchar(2) not null,
    item varchar(60) not null,
    tally bigint not null,
    primary key (figure, created_year, fund, thematic_area, country_code, item)
);
-- the sixteen combinations of the four filters each change is counted under (1: the project's value, 0: any)
create table portfolio_tally_level (
    by_year integer not null,
    by_fund integer not null,
    by_area integer not null,
    by_country integer not null,
    primary key (by_year, by_fund, by_area, by_country)
);
insert into portfolio_tally_level (by_year, by_fund, by_area, by_country)
select y.v, f.v, a.v, c.v from (select 0 as v union all select 1) y cross join (select 0 as v union all select 1) f
cross join (select 0 as v union all select 1) a cross join (select 0 as v union all select 1) c;

--changeset tclifecycle:023-stage-period-filters
-- The days per stage of a filtered dashboard read the periods of the chosen projects: with the filters' values on
-- each period (a project's year, fund, area and State never change), one index gives them in stage order, without
-- joining every period to its project
alter table project_stage_period add column created_year integer;
alter table project_stage_period add column fund varchar(40);
alter table project_stage_period add column thematic_area varchar(40);
alter table project_stage_period add column country_code varchar(2);
create index ix_stage_period_year on project_stage_period (created_year, stage, days);
create index ix_stage_period_fund on project_stage_period (fund, stage, days);
create index ix_stage_period_area on project_stage_period (thematic_area, stage, days);
create index ix_stage_period_country on project_stage_period (country_code, stage, days);

--changeset tclifecycle:023-portfolio-tally-backfill
-- The filters' values on the stage periods that have none (those the 016 back-fill wrote), then the counts of
-- the records already there, as the dashboard's queries counted them before (all counted again).
update project_stage_period set (created_year, fund, thematic_area, country_code) = (select
    cast(extract(year from p.created_at at time zone 'UTC') as integer), p.preferred_fund, p.thematic_area, p.country_code
    from cooperation_project p where p.id = project_stage_period.project_id) where fund is null;
delete from portfolio_tally;
insert into portfolio_tally (figure, created_year, fund, thematic_area, country_code, item, tally)
select x.figure, x.created_year, x.fund, x.thematic_area, x.country_code, x.item, sum(x.n)
from (select c.figure, c.item, c.n,
             case when l.by_year = 1 then c.created_year else 0 end as created_year,
             case when l.by_fund = 1 then c.fund else '*' end as fund,
             case when l.by_area = 1 then c.thematic_area else '*' end as thematic_area,
             case when l.by_country = 1 then c.country_code else '*' end as country_code
      from (select f.figure, f.item, cast(extract(year from p.created_at at time zone 'UTC') as integer) as created_year,
                   p.preferred_fund as fund, p.thematic_area, p.country_code, sum(f.n) as n
            from (select 'PROJECTS' as figure, p.id as project_id, p.stage || ':' || p.status as item, 1 as n from cooperation_project p
                  union all select 'CONSULTATION_ROUNDS', r.project_id, 'rounds', 1 from consultation_round r
                  union all select 'CONSULTATION_ROUNDS', r.project_id, 'nhriAndCivilSociety', 1 from consultation_round r
                    where (',' || r.actor_types || ',') like '%,NHRI,%' and (',' || r.actor_types || ',') like '%,CIVIL_SOCIETY,%'
                  union all select 'CONSULTATION_ROUNDS', r.project_id, 'exceptions', 1 from consultation_round r where r.outcome = 'EXCEPTION_APPROVED'
                  union all select 'FUNDING_DECISIONS', d.project_id, coalesce(d.fund, (select q.preferred_fund from cooperation_project q where q.id = d.project_id)), 1
                    from funding_decision d
                  union all select 'FUNDING_OVERRIDDEN', d.project_id, coalesce(d.fund, (select q.preferred_fund from cooperation_project q where q.id = d.project_id)), 1
                    from funding_decision d where d.overridden
                  union all select 'FUNDING_AGAINST_ADVICE', d.project_id, coalesce(d.fund, (select q.preferred_fund from cooperation_project q where q.id = d.project_id)), 1
                    from funding_decision d where d.against_board_advice
                  union all select 'PARTICIPANTS', i.project_id, 'women', coalesce(i.participants_women, 0) from consultation_invitation i
                    where i.response = 'RESPONDED'
                  union all select 'PARTICIPANTS', i.project_id, 'men', coalesce(i.participants_men, 0) from consultation_invitation i
                    where i.response = 'RESPONDED'
                  union all select 'PARTICIPANTS', i.project_id, 'other', coalesce(i.participants_other, 0) from consultation_invitation i
                    where i.response = 'RESPONDED'
                  union all select 'RECOMMENDATION_STATUS', pr.project_id, coalesce((select f.status from recommendation_follow_up f
                      where f.project_id = pr.project_id and f.recommendation_id = pr.recommendation_id
                      and not exists (select 1 from recommendation_follow_up later where later.project_id = f.project_id
                        and later.recommendation_id = f.recommendation_id and later.id > f.id)), 'NOT_REPORTED'), 1
                    from project_recommendation pr) f
            join cooperation_project p on p.id = f.project_id
            group by f.figure, f.item, cast(extract(year from p.created_at at time zone 'UTC') as integer), p.preferred_fund, p.thematic_area,
                     p.country_code) c
      cross join portfolio_tally_level l) x
group by x.figure, x.created_year, x.fund, x.thematic_area, x.country_code, x.item;
