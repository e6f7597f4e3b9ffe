-- Event feed: every event of the services, once, in the order the gateway received it. The position is the
-- public cursor; feed inserts are serialised (advisory lock) so positions become visible in increasing order.
CREATE TABLE feed_event (
    position        BIGSERIAL    PRIMARY KEY,
    event_id        VARCHAR(200) NOT NULL UNIQUE,
    type            VARCHAR(200) NOT NULL,
    source          VARCHAR(500) NOT NULL,
    subject         VARCHAR(500),
    time            TIMESTAMP WITH TIME ZONE,
    area            VARCHAR(32)  NOT NULL,
    datacontenttype VARCHAR(100),
    data            JSONB,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX feed_event_area_position ON feed_event (area, position);
CREATE INDEX feed_event_received_at ON feed_event (received_at);

-- Highest position purged by retention: a cursor below it points at events that are gone.
CREATE TABLE feed_purge_mark (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    purged_through BIGINT  NOT NULL
);
INSERT INTO feed_purge_mark (id, purged_through) VALUES (1, 0);

-- Webhook endpoints. The signing secret is stored as is: the gateway must be able to sign with it, so unlike
-- API key secrets it cannot be kept as a hash. It is shown to its owner only on creation and rotation.
CREATE TABLE webhook_endpoint (
    id              UUID          PRIMARY KEY,
    organisation_id UUID,
    owner_kind      VARCHAR(20)   NOT NULL,
    owner_subject   VARCHAR(200)  NOT NULL,
    owner_scopes    VARCHAR(1000) NOT NULL,
    url             VARCHAR(2000) NOT NULL,
    description     VARCHAR(500),
    event_types     VARCHAR(4000) NOT NULL,
    secret          VARCHAR(100)  NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    disabled_reason VARCHAR(500),
    disabled_at     TIMESTAMP WITH TIME ZONE,
    failing_since   TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX webhook_endpoint_organisation ON webhook_endpoint (organisation_id, created_at, id);
CREATE INDEX webhook_endpoint_status ON webhook_endpoint (status);

-- One message of one event to one endpoint. The payload is the exact body sent, kept so that retries and
-- redeliveries send the same bytes (and survive the feed's retention).
CREATE TABLE webhook_delivery (
    id              UUID         PRIMARY KEY,
    endpoint_id     UUID         NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    message_id      VARCHAR(200) NOT NULL,
    event_type      VARCHAR(200) NOT NULL,
    payload         TEXT         NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    attempt_count   INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    claim_token     UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    UNIQUE (endpoint_id, message_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_endpoint ON webhook_delivery (endpoint_id, created_at, id);

CREATE TABLE webhook_attempt (
    id           BIGSERIAL PRIMARY KEY,
    delivery_id  UUID      NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status_code  INTEGER,
    error        VARCHAR(1000),
    duration_ms  BIGINT    NOT NULL
);
CREATE INDEX webhook_attempt_delivery ON webhook_attempt (delivery_id, id);
