-- Per (indicator, period, level): the national value and the sorted distribution of the values, refreshed in the
-- transaction of every import, so that a diagnostic ranks a territory among 35 000 communes with two binary
-- searches (width_bucket) instead of scanning them.
CREATE TABLE observation_summary (
    indicator_code  varchar(64)        NOT NULL REFERENCES indicator (code) ON DELETE CASCADE,
    period          varchar(10)        NOT NULL,
    territory_level varchar(32)        NOT NULL,
    territories     integer            NOT NULL,
    -- France from every territory of the level, by the indicator's aggregation; null for NONE
    national_value  double precision,
    -- the values, ascending; and their opposites, ascending
    ascending       double precision[] NOT NULL,
    negated         double precision[] NOT NULL,
    PRIMARY KEY (indicator_code, period, territory_level)
);
