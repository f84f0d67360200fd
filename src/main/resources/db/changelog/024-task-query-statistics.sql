--liquibase formatted sql

--changeset tclifecycle:024-task-query-statistics dbms:postgresql
-- Camunda's task query joins the grants that hold a permission bit (perms_ & 2 = 2 for READ on a task,
-- perms_ & 64 = 64 for READ_TASK on a definition). Without statistics on these expressions PostgreSQL guesses that
-- half a percent of the grants match, while nearly all do (the engine gives each task's candidate group one): it
-- then scans every grant for every task, 25 million comparisons with 5,000 open tasks (bench/query-plans).
create statistics if not exists st_authorization_read on (perms_ & 2) from act_ru_authorization;
create statistics if not exists st_authorization_read_task on (perms_ & 64) from act_ru_authorization;
analyze act_ru_authorization;
