-- French territories, loaded at startup from the territory reference shipped with the service.
-- A code alone is ambiguous (11 is the région Île-de-France and the département Aude): the key is (code, level).
CREATE TABLE territory (
    code                        varchar(9)   NOT NULL,
    level                       varchar(32)  NOT NULL
        CHECK (level IN ('REGION', 'COLLECTIVITE_OUTRE_MER', 'DEPARTEMENT', 'EPCI', 'COMMUNE')),
    name                        text         NOT NULL,
    -- lower case, without diacritics, hyphens or apostrophes: for accent-insensitive search
    name_normalised             text         NOT NULL,
    population                  bigint       NOT NULL CHECK (population >= 0),
    epci_code                   varchar(9),
    departement_code            varchar(3),
    region_code                 varchar(2),
    collectivite_outre_mer_code varchar(3),
    PRIMARY KEY (code, level)
);

CREATE INDEX territory_level_idx ON territory (level);
CREATE INDEX territory_epci_idx ON territory (epci_code);
CREATE INDEX territory_departement_idx ON territory (departement_code);
CREATE INDEX territory_region_idx ON territory (region_code);
CREATE INDEX territory_collectivite_outre_mer_idx ON territory (collectivite_outre_mer_code);

-- Which reference the territory table holds: one row, replaced with the territories in one transaction.
CREATE TABLE territory_reference (
    id              smallint     PRIMARY KEY CHECK (id = 1),
    source          text         NOT NULL,
    checksum        char(64)     NOT NULL,
    territory_count integer      NOT NULL,
    loaded_at       timestamptz  NOT NULL
);
