-- What this service knows of the actors registry, learnt from actor events; members are validated against it.
CREATE TABLE known_actor (
    actor_id   UUID        PRIMARY KEY,
    name       TEXT        NOT NULL,
    kind       TEXT        NOT NULL,
    world      TEXT        NOT NULL,
    archived   BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE alliance (
    id          UUID        PRIMARY KEY,
    name        TEXT        NOT NULL,
    purpose     TEXT,
    state       TEXT        NOT NULL,
    state_since TIMESTAMPTZ NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL
);

CREATE INDEX alliance_keyset ON alliance (created_at, id);

CREATE TABLE alliance_member (
    alliance_id UUID        NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    actor_id    UUID        NOT NULL,
    role        TEXT        NOT NULL,
    joined_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (alliance_id, actor_id, role)
);

CREATE INDEX alliance_member_actor ON alliance_member (actor_id);
