--liquibase formatted sql

--changeset tclifecycle:015-portfolio-dashboard
-- The managers' dashboard (GET /api/portfolio) reads aggregates: the first start of each stage's activity per
-- project in Camunda's history, projects by process instance and year, who addresses a recommendation, and
-- the funding decisions of a project
create index ix_hi_actinst_act_proc on act_hi_actinst (act_id_, proc_inst_id_, start_time_);
create index ix_project_process_instance on cooperation_project (process_instance_id);
create index ix_project_created on cooperation_project (created_at);
create index ix_project_recommendation_rec on project_recommendation (recommendation_id);
create index ix_funding_decision_project on funding_decision (project_id);
