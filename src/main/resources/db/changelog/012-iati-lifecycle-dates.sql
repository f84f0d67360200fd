--liquibase formatted sql

--changeset tclifecycle:012-iati-lifecycle-dates
-- When execution actually started and ended (IATI activity-date types 2 and 4), and the expenditure a
-- progress report declares for its period (IATI transaction type 4)
alter table cooperation_project add column execution_started_at timestamp with time zone;
alter table cooperation_project add column execution_ended_at timestamp with time zone;
alter table progress_report add column expenditure numeric(15, 2);
-- projects recorded before: execution started with the approved funding, ended with its end record
-- (or with the project, when halted)
update cooperation_project set execution_started_at =
    (select max(f.recorded_at) from funding_decision f where f.project_id = cooperation_project.id and f.decision = 'APPROVE')
  where stage in ('EXECUTION', 'FOLLOW_UP', 'EVALUATION') or status in ('CLOSED', 'HALTED');
update cooperation_project set execution_ended_at = coalesce(
    (select max(r.recorded_at) from progress_report r where r.project_id = cooperation_project.id and r.kind = 'EXECUTION_END'),
    updated_at)
  where execution_started_at is not null and (stage in ('FOLLOW_UP', 'EVALUATION') or status in ('CLOSED', 'HALTED'));
