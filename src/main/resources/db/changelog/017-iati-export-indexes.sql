--liquibase formatted sql

--changeset tclifecycle:017-iati-export-indexes
-- The IATI export reads, for each project, its design versions and progress reports (the indicators of the
-- current design have their unique index); without these indexes each read scans the whole table, so exporting N projects took N scans
create index ix_project_design_project on project_design (project_id);
create index ix_progress_report_project on progress_report (project_id);
