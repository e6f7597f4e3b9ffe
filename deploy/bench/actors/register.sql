-- pgbench script: the statements actors-service sends to register one actor (register.lua's body), in one
-- transaction, prepared with -M prepared as its driver does: the uniqueness lookups (reference system, RNA
-- number, external ref), the actor row, its external ref and identifier, its four territory rows (the commune
-- and its EPCI, département and region) and the outbox row. The values are unique per call, not valid RNA
-- numbers: PostgreSQL does not check them, and the index work is the same.
\set n random(1, 9000000000000000)
BEGIN;
SELECT system, organisation_id FROM reference_system WHERE system = ANY('{bench-writes}');
SELECT actor_id FROM actor_identifier WHERE scheme = 'RNA' AND value = 'W' || :n;
SELECT actor_id FROM actor_external_ref WHERE system = 'bench-writes' AND external_id = :n::text;
INSERT INTO actor (address_street, address_postal_code, address_city, address_commune_code, archived, archived_at,
                   created_at, description, email, kind, merged_into, name, phone, themes, updated_at, version,
                   website, world, id)
     VALUES (NULL, NULL, NULL, NULL, false, NULL, now(), NULL, NULL, 'ASSOCIATION', NULL, 'Writes bench ' || :n, NULL,
             '{}', now(), 0, NULL, 'NONPROFIT', gen_random_uuid())
  RETURNING id \gset
INSERT INTO actor_external_ref (actor_id, system, external_id) VALUES (:id, 'bench-writes', :n::text);
INSERT INTO actor_identifier (actor_id, scheme, value) VALUES (:id, 'RNA', 'W' || :n);
INSERT INTO actor_territory (actor_id, level, code, declared)
     VALUES (:id, 'REGION', '84', false), (:id, 'COMMUNE', '01004', true),
            (:id, 'EPCI', '240100883', false), (:id, 'DEPARTEMENT', '01', false);
INSERT INTO outbox_event (id, topic, aggregate_id, type, source, occurred_at, traceparent, payload)
     VALUES (gen_random_uuid(), 'maillage.actors.v1', :id, 'org.maillage.actor.registered.v1', '/actors-service', now(),
             '00-5a423693e153cf60f9423c3e3fd4a6b0-d70268652c4a31ea-01',
             jsonb_build_object('actorId', :id::text, 'name', 'Writes bench ' || :n, 'kind', 'ASSOCIATION',
                                'world', 'NONPROFIT', 'territories', jsonb_build_array('COMMUNE:01004'),
                                'themes', '[]'::jsonb, 'version', 0, 'registeredAt', now()));
COMMIT;
