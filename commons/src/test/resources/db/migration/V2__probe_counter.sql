-- Counts how many times a POST really ran, to prove that idempotent retries do not run it again.
CREATE TABLE probe_execution (
    id    BIGSERIAL PRIMARY KEY,
    label TEXT NOT NULL
);
