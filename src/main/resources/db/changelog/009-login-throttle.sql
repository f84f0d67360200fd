--liquibase formatted sql

--changeset tclifecycle:009-login-throttle
-- failed logins per claimed user ("user:<id>") and per client address ("address:<ip>"), shared by every node
create table login_throttle (
    subject varchar(320) primary key,
    failures integer not null,
    blocked_until timestamp with time zone not null,
    last_failure timestamp with time zone not null
);
create index ix_login_throttle_last_failure on login_throttle (last_failure);
