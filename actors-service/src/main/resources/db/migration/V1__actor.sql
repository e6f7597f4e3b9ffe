CREATE TABLE actor (
    id         UUID        PRIMARY KEY,
    name       TEXT        NOT NULL,
    kind       TEXT        NOT NULL,
    world      TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version    BIGINT      NOT NULL
);

-- Keyset pagination of the registry, optionally filtered by kind or world.
CREATE INDEX actor_keyset ON actor (created_at, id);
CREATE INDEX actor_kind_keyset ON actor (kind, created_at, id);
CREATE INDEX actor_world_keyset ON actor (world, created_at, id);
