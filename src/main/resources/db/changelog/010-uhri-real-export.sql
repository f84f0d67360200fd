--liquibase formatted sql

--changeset tclifecycle:010-uhri-real-export
-- The real UHRI export (issue 15): every mechanism (UPR, treaty bodies, special procedures), recommendations and
-- concerns/observations, recommending States, regions and sessions as lists, SDG goals beside targets, the
-- paragraph number apart, and the text as plain text (HTML reduced, for display and search) with the original kept.
alter table recommendation add column kind varchar(30);
alter table recommendation add column paragraph varchar(20);
alter table recommendation add column original_text varchar(100000);
alter table recommendation add column sdg_goals varchar(200) default '' not null;
alter table recommendation add column recommending_countries varchar(4000) default '' not null;
alter table recommendation add column recommending_regions varchar(1000) default '' not null;
alter table recommendation add column upr_sessions varchar(200) default '' not null;
update recommendation set recommending_countries = '|' || recommending_country || '|' where recommending_country is not null;
update recommendation set upr_sessions = '|' || upr_session || '|' where upr_session is not null;
update recommendation set kind = 'RECOMMENDATION' where body = 'UPR' or body is null;
alter table recommendation drop column recommending_country;
alter table recommendation drop column upr_session;
create index recommendation_symbol_paragraph on recommendation (symbol, paragraph);

-- what an import skipped and why (index of the record in the file, its AnnotationId, the field, the reason)
alter table recommendation_import add column import_mode varchar(10) default 'LENIENT' not null;
alter table recommendation_import add column skipped integer default 0 not null;
alter table recommendation_import add column problems integer default 0 not null;
alter table recommendation_import add column without_country integer default 0 not null;
create table recommendation_import_problem (
    import_id bigint not null references recommendation_import (id) on delete cascade,
    record_index integer not null,
    annotation_id varchar(100),
    field varchar(100) not null,
    reason varchar(1000) not null
);
create index recommendation_import_problem_import on recommendation_import_problem (import_id, record_index);
