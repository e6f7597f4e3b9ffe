-- Removes the actors a bulk or writes run registered (external ref system 'bench-…': HttpBench.java,
-- register.lua, register.sql) and the outbox events left (nothing else writes to the outbox in a bench
-- database), so that the registry is back at its seeded size for the next latency run.
-- Usage: psql "$DB" -f unbulk.sql
\set ON_ERROR_STOP on
BEGIN;
-- Referential triggers off for this cleanup only: actor.merged_into has no index (actors are never deleted by
-- the service), so checking it for each removed actor would scan the table once per actor.
SET LOCAL session_replication_role = replica;
CREATE TEMP TABLE imported ON COMMIT DROP AS
  SELECT actor_id AS id FROM actor_external_ref WHERE system LIKE 'bench-%';
CREATE INDEX ON imported (id);
ANALYZE imported;
DELETE FROM actor_territory t USING imported i WHERE t.actor_id = i.id;
DELETE FROM actor_external_ref r USING imported i WHERE r.actor_id = i.id;
DELETE FROM actor_identifier d USING imported i WHERE d.actor_id = i.id;
DELETE FROM actor a USING imported i WHERE a.id = i.id;
TRUNCATE outbox_event;
COMMIT;
VACUUM ANALYZE actor, actor_territory, actor_external_ref, actor_identifier;
