-- The alliance model of the lifecycle: type, scope, objectives, governance, commitments and milestones.
ALTER TABLE known_actor ADD COLUMN merged_into UUID;

ALTER TABLE alliance
    ADD COLUMN type                 TEXT,
    ADD COLUMN outcome              TEXT,
    ADD COLUMN mediator_actor_id    UUID,
    ADD COLUMN mediator_assigned_at TIMESTAMPTZ;

CREATE INDEX alliance_state ON alliance (state, created_at, id);
CREATE INDEX alliance_type ON alliance (type, created_at, id);
CREATE INDEX alliance_sync ON alliance (updated_at, id);

-- A member who leaves keeps its row (left_at), so one actor and role may appear more than once over time.
ALTER TABLE alliance_member DROP CONSTRAINT alliance_member_pkey;
ALTER TABLE alliance_member ADD COLUMN left_at TIMESTAMPTZ;
CREATE INDEX alliance_member_alliance ON alliance_member (alliance_id);

CREATE TABLE alliance_territory (
    alliance_id UUID NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    PRIMARY KEY (alliance_id, code)
);
CREATE INDEX alliance_territory_code ON alliance_territory (code);

CREATE TABLE alliance_theme (
    alliance_id UUID NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    theme       TEXT NOT NULL,
    PRIMARY KEY (alliance_id, theme)
);
CREATE INDEX alliance_theme_theme ON alliance_theme (theme);

CREATE TABLE alliance_objective (
    alliance_id UUID    NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT    NOT NULL,
    indicator   TEXT,
    baseline    NUMERIC,
    target      NUMERIC,
    due_date    DATE,
    PRIMARY KEY (alliance_id, position)
);

CREATE TABLE alliance_fragility (
    alliance_id   UUID NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    diagnostic_id UUID NOT NULL,
    fragility_id  UUID NOT NULL,
    PRIMARY KEY (alliance_id, diagnostic_id, fragility_id)
);
CREATE INDEX alliance_fragility_fragility ON alliance_fragility (fragility_id);

CREATE TABLE alliance_commitment (
    id              UUID        PRIMARY KEY,
    alliance_id     UUID        NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    member_actor_id UUID        NOT NULL,
    kind            TEXT        NOT NULL,
    amount          NUMERIC     NOT NULL,
    unit            TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    due_date        DATE,
    pledged_at      TIMESTAMPTZ NOT NULL,
    settled_at      TIMESTAMPTZ
);
CREATE INDEX alliance_commitment_alliance ON alliance_commitment (alliance_id);

CREATE TABLE alliance_milestone (
    id          UUID        PRIMARY KEY,
    alliance_id UUID        NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    title       TEXT        NOT NULL,
    due_date    DATE        NOT NULL,
    done_at     TIMESTAMPTZ
);
CREATE INDEX alliance_milestone_alliance ON alliance_milestone (alliance_id);
