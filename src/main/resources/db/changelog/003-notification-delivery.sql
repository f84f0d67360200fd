--liquibase formatted sql

--changeset tclifecycle:003-notification-delivery
alter table notification add column delivered_at timestamp with time zone;
create index ix_notification_pending on notification (project_id, delivered_at);
