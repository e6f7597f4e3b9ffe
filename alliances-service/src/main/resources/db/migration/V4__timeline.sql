-- Every change of an alliance, as published, kept for its timeline.
CREATE TABLE alliance_change (
    id          UUID        PRIMARY KEY,
    alliance_id UUID        NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    at          TIMESTAMPTZ NOT NULL,
    type        TEXT        NOT NULL,
    reason      TEXT,
    made_by     TEXT,
    data        JSONB       NOT NULL
);
CREATE INDEX alliance_change_timeline ON alliance_change (alliance_id, at, id);
