-- People of an actor. Erasure nulls every personal field and keeps a tombstone for synchronising clients.
CREATE TABLE person (
    id                  UUID        PRIMARY KEY,
    actor_id            UUID        NOT NULL REFERENCES actor (id),
    name                TEXT,
    email               TEXT,
    phone               TEXT,
    job_title           TEXT,
    professions         TEXT[]      NOT NULL DEFAULT '{}',
    operational         INTEGER,
    strategic           INTEGER,
    political           INTEGER,
    contact_consent     BOOLEAN     NOT NULL DEFAULT false,
    consent_recorded_at TIMESTAMPTZ,
    removed             BOOLEAN     NOT NULL DEFAULT false,
    erased              BOOLEAN     NOT NULL DEFAULT false,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT      NOT NULL
);

CREATE INDEX person_actor_keyset ON person (actor_id, created_at, id);
CREATE INDEX person_actor_sync ON person (actor_id, updated_at, id);
-- "Actors with a person of this profession".
CREATE INDEX person_professions ON person USING gin (professions) WHERE removed = false;
