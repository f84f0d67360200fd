--liquibase formatted sql

--changeset tclifecycle:013-mail-notifications
-- e-mail beside the webhook: a notification goes through one channel; messages to officers and managers concern
-- no single project (digests) and are sent by a job of their own, not by a send task of the project's process
alter table notification alter column project_id drop not null;
alter table notification alter column body set data type varchar(20000);
alter table notification add column channel varchar(16) default 'WEBHOOK' not null;
alter table notification add column subject varchar(300);
alter table notification add column html_body varchar(40000);
alter table notification add column recipient_user varchar(64);
alter table notification add column own_job boolean default false not null;
create index ix_notification_digest on notification (recipient_user, channel, delivered_at);

-- how each officer or manager wants to be told: IMMEDIATE, DIGEST (once a day) or NONE, and in which language
create table mail_preference (
    user_id varchar(64) primary key,
    delivery varchar(16) not null,
    language varchar(8) not null,
    updated_at timestamp with time zone not null
);

-- the daily run (due tomorrow, overdue, digests) happens once a day across all nodes: the first to insert the day runs it
create table daily_mail_run (
    run_on date primary key,
    ran_at timestamp with time zone not null
);

-- the requesting authority's contact for e-mail (consent request, reminders, missing information)
alter table cooperation_project add column contact_email varchar(254);
alter table cooperation_project add column contact_language varchar(8);
