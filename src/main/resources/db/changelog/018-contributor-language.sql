--liquibase formatted sql

--changeset tclifecycle:018-contributor-language
-- The language a thematic-panel contributor is e-mailed in (en, fr); contributors recorded before it, English
alter table panel_contributor add column language varchar(8) default 'en' not null;
