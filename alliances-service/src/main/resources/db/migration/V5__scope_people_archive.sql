-- The territories an alliance acts on (declared) and all their ancestors (declared = false), as actors-service
-- keeps them: territory=93 then finds alliances inside Seine-Saint-Denis and those covering a territory containing it.
CREATE TABLE alliance_territory_scope (
    alliance_id UUID    NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    level       TEXT    NOT NULL,
    code        TEXT    NOT NULL,
    declared    BOOLEAN NOT NULL,
    PRIMARY KEY (alliance_id, level, code)
);
CREATE INDEX alliance_territory_scope_lookup ON alliance_territory_scope (level, code, alliance_id);

-- People of actors, learnt from person events: ids and whether they hold the mediator profession, no personal data.
CREATE TABLE known_person (
    person_id  UUID        PRIMARY KEY,
    actor_id   UUID        NOT NULL,
    mediator   BOOLEAN     NOT NULL,
    removed    BOOLEAN     NOT NULL,
    version    BIGINT      NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

-- A person of an actor may mediate; archiving is how an alliance is deleted (it stays as a tombstone).
ALTER TABLE alliance
    ADD COLUMN mediator_person_id UUID,
    ADD COLUMN archived           BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN archived_at        TIMESTAMPTZ;
