-- The indicator catalogue.
CREATE TABLE indicator (
    code        varchar(64)  PRIMARY KEY,
    label       text         NOT NULL,
    description text,
    unit        text         NOT NULL,
    theme       varchar(32),
    polarity    varchar(32)  NOT NULL CHECK (polarity IN ('HIGHER_IS_WORSE', 'HIGHER_IS_BETTER', 'NEUTRAL')),
    aggregation varchar(32)  NOT NULL CHECK (aggregation IN ('SUM', 'POPULATION_WEIGHTED_MEAN', 'NONE')),
    source      text         NOT NULL,
    -- generated demo data, never real statistics
    synthetic   boolean      NOT NULL DEFAULT false,
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL
);

-- One value of an indicator for a territory and a period. No foreign key to territory: the reference loader
-- replaces the territory rows wholesale; imports validate codes against it instead.
-- The primary key order serves the peer queries of diagnostics: (indicator, period, level) then code.
CREATE TABLE observation (
    indicator_code  varchar(64)      NOT NULL REFERENCES indicator (code) ON DELETE CASCADE,
    period          varchar(10)      NOT NULL,
    territory_level varchar(32)      NOT NULL,
    territory_code  varchar(9)       NOT NULL,
    value           double precision NOT NULL,
    source          text,
    -- derived from the communes by the indicator's aggregation, not imported
    derived         boolean          NOT NULL,
    import_id       uuid,
    updated_at      timestamptz      NOT NULL,
    PRIMARY KEY (indicator_code, period, territory_level, territory_code)
);

CREATE INDEX observation_territory_idx ON observation (territory_code, territory_level, period);

-- The report of every applied import.
CREATE TABLE observation_import (
    id          uuid         PRIMARY KEY,
    format      varchar(8)   NOT NULL,
    source      text,
    status      varchar(32)  NOT NULL,
    report      jsonb        NOT NULL,
    imported_at timestamptz  NOT NULL
);
