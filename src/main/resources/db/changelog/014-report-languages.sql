--liquibase formatted sql

--changeset tclifecycle:014-report-languages
-- Each compiled version of a panel's report in the languages other than English (issue 18): compiled with
-- the English one from the same data; a version compiled before a language was offered reads in English.
create table panel_report_translation (
    panel_report_id bigint not null references panel_report (id),
    language varchar(8) not null,
    html varchar(1000000) not null,
    constraint pk_panel_report_translation primary key (panel_report_id, language)
);
