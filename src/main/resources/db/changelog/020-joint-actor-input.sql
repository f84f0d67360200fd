--liquibase formatted sql

--changeset tclifecycle:020-joint-actor-input
-- Who recorded an actor's input and when (the invitation's recorded_by/at say who invited it), and, for input
-- recorded once for several actors of one meeting or submission, the invitation it was recorded on (that one
-- included): each actor keeps a record of its own, and the others of the same joint input are found by it.
alter table consultation_invitation add column input_recorded_by varchar(64);
alter table consultation_invitation add column input_recorded_at timestamp with time zone;
alter table consultation_invitation add column joint_input_of bigint;
create index ix_invitation_joint_input on consultation_invitation (joint_input_of);
