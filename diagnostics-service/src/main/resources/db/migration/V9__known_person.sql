-- One row per person of the registry (ids and professions only, never personal data), with the version of the
-- last event applied, so that a late or replayed older event cannot bring back professions a newer one removed.
-- Removed and erased people stay as rows without professions: the version keeps guarding them.
CREATE TABLE known_person (
    id          uuid         PRIMARY KEY,
    actor_id    uuid         NOT NULL,
    professions jsonb        NOT NULL,
    gone        boolean      NOT NULL,
    version     bigint,
    updated_at  timestamptz  NOT NULL
);

CREATE INDEX known_person_actor_idx ON known_person (actor_id) WHERE NOT gone;

INSERT INTO known_person (id, actor_id, professions, gone, version, updated_at)
SELECT CAST(person.key AS uuid), a.id, person.value, false, NULL, a.updated_at
FROM known_actor a, jsonb_each(a.people) person
WHERE person.key ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

ALTER TABLE known_actor DROP COLUMN people;
