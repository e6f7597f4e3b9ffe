-- A page of actors shows each actor's declared territories, identifiers and external refs (ActorViews reads
-- them by actor_id). With the shown columns inside the indexes it reads, each lookup is an index-only scan:
-- one page fewer per actor and table, which is what a page costs once the registry outgrows the buffer cache.
-- The indexes are replaced, not added: writes maintain as many as before.
ALTER TABLE actor_territory DROP CONSTRAINT actor_territory_pkey,
    ADD CONSTRAINT actor_territory_pkey PRIMARY KEY (actor_id, level, code) INCLUDE (declared);

DROP INDEX actor_identifier_actor;
CREATE INDEX actor_identifier_actor ON actor_identifier (actor_id) INCLUDE (scheme, value);

DROP INDEX actor_external_ref_actor;
CREATE INDEX actor_external_ref_actor ON actor_external_ref (actor_id) INCLUDE (system, external_id);
