-- A diagnostic is a snapshot: its figures, fragilities and adopted priorities are stored as JSON documents.
CREATE TABLE diagnostic (
    id              uuid         PRIMARY KEY,
    territory_code  varchar(9)   NOT NULL,
    territory_level varchar(32)  NOT NULL,
    territory_name  text         NOT NULL,
    period          varchar(10)  NOT NULL,
    comparison      jsonb        NOT NULL,
    results         jsonb        NOT NULL,
    fragilities     jsonb        NOT NULL,
    priorities      jsonb        NOT NULL,
    synthetic       boolean      NOT NULL,
    state           varchar(32)  NOT NULL CHECK (state IN ('DRAFT', 'IN_CONVERSATION', 'PUBLISHED', 'SUPERSEDED')),
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    published_at    timestamptz,
    superseded_by   uuid,
    version         bigint       NOT NULL
);

CREATE INDEX diagnostic_territory_idx ON diagnostic (territory_code, territory_level, state, published_at);
CREATE INDEX diagnostic_created_idx ON diagnostic (created_at, id);

-- A community conversation on a diagnostic; what participants said is kept as JSON documents.
CREATE TABLE conversation (
    id            uuid         PRIMARY KEY,
    diagnostic_id uuid         NOT NULL REFERENCES diagnostic (id),
    held_on       date         NOT NULL,
    facilitator   jsonb        NOT NULL,
    participants  jsonb        NOT NULL,
    verdicts      jsonb        NOT NULL,
    rankings      jsonb        NOT NULL,
    solutions     jsonb        NOT NULL,
    state         varchar(16)  NOT NULL CHECK (state IN ('OPEN', 'ADOPTED')),
    created_at    timestamptz  NOT NULL,
    adopted_at    timestamptz,
    version       bigint       NOT NULL
);

CREATE UNIQUE INDEX conversation_open_per_diagnostic ON conversation (diagnostic_id) WHERE state = 'OPEN';
