--liquibase formatted sql

--changeset tclifecycle:025-portfolio-runtime-indexes
-- The dashboard's overdue tasks (bench/results/portfolio-plans-2026-12-01.md): the overdue tasks by group and their
-- count read the due-date range of (due date, process instance, task) from the index alone, where 016's (due date, task)
-- needed every overdue task's row for its process instance (PostgreSQL scanned the whole table instead); the same
-- range in due-date order still gives the most overdue tasks and the coming due dates.
create index ix_ru_task_due_process on act_ru_task (due_date_, proc_inst_id_, id_);
drop index ix_ru_task_due;
