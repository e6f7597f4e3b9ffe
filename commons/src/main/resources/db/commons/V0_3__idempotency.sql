-- Idempotency-Key on POST: a claim row per (scope, key), then the recorded response to replay.
CREATE TABLE idempotency_key (
    scope        TEXT        NOT NULL,
    idem_key     TEXT        NOT NULL,
    fingerprint  TEXT        NOT NULL,
    claimed_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    status       INTEGER,
    content_type TEXT,
    headers      JSONB,
    body         BYTEA,
    completed_at TIMESTAMPTZ,
    PRIMARY KEY (scope, idem_key)
);

CREATE INDEX idempotency_key_expiry ON idempotency_key (expires_at);
