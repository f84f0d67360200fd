-- tops the database up to :n projects waiting for screening, each with its task, candidate link and task
-- authorization, cloned from the first real project (rows exactly as the application writes them)
create or replace function seed_to(n int) returns void language plpgsql as $$
declare
  have int;
  t act_ru_task%rowtype;
  l act_ru_identitylink%rowtype;
  a act_ru_authorization%rowtype;
  p cooperation_project%rowtype;
begin
  select count(*) into have from cooperation_project;
  select * into p from cooperation_project order by id limit 1;
  select * into t from act_ru_task where name_ like '%' || p.business_key || '%' limit 1;
  select * into l from act_ru_identitylink where task_id_ = t.id_ and type_ = 'candidate';
  select * into a from act_ru_authorization where resource_type_ = 7 and resource_id_ = t.id_;
  create temp table ids on commit drop as
    select i, gen_random_uuid()::text as tid, clock_timestamp() - (i || ' seconds')::interval as created
    from generate_series(have + 1, n) i;
  insert into cooperation_project (business_key, country_code, requesting_authority, thematic_area, assistance_type, summary,
      rights_categories, estimated_budget, currency, preferred_fund, intake_channel, stage, status, process_instance_id,
      created_at, updated_at, version)
    select 'TC-2025-' || lpad(i::text, 6, '0'), p.country_code, p.requesting_authority, p.thematic_area, p.assistance_type,
      p.summary, p.rights_categories, p.estimated_budget, p.currency, p.preferred_fund, p.intake_channel, p.stage, p.status,
      p.process_instance_id, created, created, 0 from ids;
  insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, case_execution_id_, case_inst_id_, case_def_id_,
      name_, parent_task_id_, description_, task_def_key_, owner_, assignee_, delegation_, priority_, create_time_, last_updated_,
      due_date_, follow_up_date_, suspension_state_, tenant_id_, task_state_)
    select tid, t.rev_, t.execution_id_, t.proc_inst_id_, t.proc_def_id_, t.case_execution_id_, t.case_inst_id_, t.case_def_id_,
      'Screen request: TC-2025-' || lpad(i::text, 6, '0') || ' (KE)', t.parent_task_id_, t.description_, t.task_def_key_, t.owner_,
      t.assignee_, t.delegation_, t.priority_, created, t.last_updated_, created + interval '5 days', t.follow_up_date_,
      t.suspension_state_, t.tenant_id_, t.task_state_ from ids;
  insert into act_ru_identitylink (id_, rev_, group_id_, type_, user_id_, task_id_, proc_def_id_, tenant_id_)
    select gen_random_uuid()::text, l.rev_, l.group_id_, l.type_, l.user_id_, tid, l.proc_def_id_, l.tenant_id_ from ids;
  insert into act_ru_authorization (id_, rev_, type_, group_id_, user_id_, resource_type_, resource_id_, perms_, removal_time_, root_proc_inst_id_)
    select gen_random_uuid()::text, a.rev_, a.type_, a.group_id_, a.user_id_, a.resource_type_, tid, a.perms_, a.removal_time_, a.root_proc_inst_id_ from ids;
end $$;
