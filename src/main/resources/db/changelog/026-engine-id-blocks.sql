--liquibase formatted sql

--changeset tclifecycle:026-engine-id-blocks
-- The engine's ids (operations/SequenceIdGenerator): each value is a block of ids for one node. A sequence hands out
-- every value once across sessions and nodes, takes no row lock and is not rolled back with the transaction that
-- read it, and it goes on from where it was after a restart.
create sequence engine_id_block start with 1 increment by 1;
