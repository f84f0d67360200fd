-- The dashboard's figures that depend on the moment of the call, as PortfolioFigures sends them (no filter, and a fund),
-- with a fixed moment. Run on a database of the portfolio benchmark (KEEP=1 bench/run --only=portfolio keeps it):
--   psql -h 127.0.0.1 -U postgres -d tc_bench_... -f bench/query-plans/portfolio.sql
\set now '''2026-12-01 03:00:00'''
\echo '### consentWaiting, no filter'
explain (analyze, buffers, costs off) select count(*), percentile_cont(0.5) within group (order by w.days), max(w.days) from (select cast((extract(epoch from cast(:now as timestamp)) - extract(epoch from t.create_time_)) / 86400.0 as double precision) as days from act_ru_task t where t.task_def_key_ = 'Task_RecordConsent') w;
\echo '### consentWaits, no filter'
explain (analyze, buffers, costs off) select p.business_key, p.country_code, t.create_time_ from act_ru_task t join cooperation_project p on p.process_instance_id = t.proc_inst_id_ where t.task_def_key_ = 'Task_RecordConsent' and 1 = 1 order by t.create_time_, p.business_key fetch first 100 rows only;
\echo '### overdueByGroup, no filter'
explain (analyze, buffers, costs off) select g.grp, count(*), min(g.due) from (select distinct t.id_, coalesce(l.group_id_, '(no group)') as grp, t.due_date_ as due from act_ru_task t left join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ is not null where t.due_date_ < :now and t.proc_inst_id_ is not null) g group by g.grp;
\echo '### overdueTasks, no filter'
explain (analyze, buffers, costs off) select t.id_, t.name_, p.business_key, coalesce(l.group_id_, '(no group)'), t.due_date_ from act_ru_task t join act_ru_execution pe on pe.id_ = t.proc_inst_id_ left join cooperation_project p on p.business_key = pe.business_key_ left join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ is not null where t.due_date_ < :now and 1 = 1 order by t.due_date_, t.id_ fetch first 100 rows only;
\echo '### overdueNotListed, no filter'
explain (analyze, buffers, costs off) select count(*) from act_ru_task t where t.due_date_ < :now and t.proc_inst_id_ is not null;
\echo '### deadlines (task due dates), no filter'
explain (analyze, buffers, costs off) select t.due_date_, p.business_key, t.name_ from act_ru_task t join act_ru_execution pe on pe.id_ = t.proc_inst_id_ left join cooperation_project p on p.business_key = pe.business_key_ where t.due_date_ >= :now and 1 = 1 order by t.due_date_ fetch first 100 rows only;
\echo '### consentWaiting, fund=REGULAR_BUDGET'
explain (analyze, buffers, costs off) select count(*), percentile_cont(0.5) within group (order by w.days), max(w.days) from (select cast((extract(epoch from cast(:now as timestamp)) - extract(epoch from t.create_time_)) / 86400.0 as double precision) as days from act_ru_task t join cooperation_project p on p.process_instance_id = t.proc_inst_id_ and 1 = 1 and p.preferred_fund = 'REGULAR_BUDGET' where t.task_def_key_ = 'Task_RecordConsent') w;
\echo '### overdueByGroup, fund=REGULAR_BUDGET'
explain (analyze, buffers, costs off) select g.grp, count(*), min(g.due) from (select distinct t.id_, coalesce(l.group_id_, '(no group)') as grp, t.due_date_ as due from act_ru_task t join act_ru_execution pe on pe.id_ = t.proc_inst_id_ left join cooperation_project p on p.business_key = pe.business_key_ left join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ is not null where t.due_date_ < :now and 1 = 1 and p.preferred_fund = 'REGULAR_BUDGET') g group by g.grp;
\echo '### overdueTasks, fund=REGULAR_BUDGET'
explain (analyze, buffers, costs off) select t.id_, t.name_, p.business_key, coalesce(l.group_id_, '(no group)'), t.due_date_ from act_ru_task t join act_ru_execution pe on pe.id_ = t.proc_inst_id_ left join cooperation_project p on p.business_key = pe.business_key_ left join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ is not null where t.due_date_ < :now and 1 = 1 and p.preferred_fund = 'REGULAR_BUDGET' order by t.due_date_, t.id_ fetch first 100 rows only;
\echo '### overdueNotListed, fund=REGULAR_BUDGET'
explain (analyze, buffers, costs off) select count(*) from act_ru_task t join act_ru_execution pe on pe.id_ = t.proc_inst_id_ left join cooperation_project p on p.business_key = pe.business_key_ where t.due_date_ < :now and 1 = 1 and p.preferred_fund = 'REGULAR_BUDGET';
