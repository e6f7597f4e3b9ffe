-- Transactional outbox: events are written in the same transaction as the state change they describe
-- and published to Kafka afterwards by the relay.
CREATE TABLE outbox_event (
    seq          BIGSERIAL PRIMARY KEY,
    id           UUID        NOT NULL UNIQUE,
    topic        TEXT        NOT NULL,
    aggregate_id TEXT        NOT NULL,
    type         TEXT        NOT NULL,
    source       TEXT        NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    traceparent  TEXT,
    payload      JSONB       NOT NULL,
    published_at TIMESTAMPTZ
);

CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- NOTIFY is delivered on commit, so the relay wakes exactly when new events become visible.
CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('maillage_outbox', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER outbox_event_inserted AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();
