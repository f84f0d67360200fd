--liquibase formatted sql

--changeset tclifecycle:022-import-problem-reason-code
-- A skipped record's reason as a message code and its arguments (a JSON array), so the import's report reads in
-- its reader's language (i18n/messages*.properties, uhri.problem.*); reason keeps the English text. Reasons stored
-- before have no code and read as their English text.
alter table recommendation_import_problem add column reason_code varchar(100);
alter table recommendation_import_problem add column reason_args varchar(2000);
