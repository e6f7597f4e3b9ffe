-- The complete registry: contact data, address, themes, territories, identifiers, external refs, archiving.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes the folding
-- usable in a generated column and in indexes.
CREATE FUNCTION maillage_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN lower(unaccent('unaccent'::regdictionary, $1));

ALTER TABLE actor
    ADD COLUMN description         TEXT,
    ADD COLUMN website             TEXT,
    ADD COLUMN email               TEXT,
    ADD COLUMN phone               TEXT,
    ADD COLUMN address_street      TEXT,
    ADD COLUMN address_postal_code TEXT,
    ADD COLUMN address_city        TEXT,
    ADD COLUMN address_commune_code TEXT,
    ADD COLUMN themes              TEXT[]      NOT NULL DEFAULT '{}',
    ADD COLUMN archived            BOOLEAN     NOT NULL DEFAULT false,
    ADD COLUMN archived_at         TIMESTAMPTZ,
    ADD COLUMN merged_into         UUID REFERENCES actor (id),
    ADD COLUMN search_text         TEXT GENERATED ALWAYS AS
        (maillage_fold(name || ' ' || coalesce(description, ''))) STORED;

-- Accent- and case-insensitive substring search on name and description.
CREATE INDEX actor_search_trgm ON actor USING gin (search_text gin_trgm_ops);
CREATE INDEX actor_themes ON actor USING gin (themes);
-- Incremental sync: keyset on (updated_at, id).
CREATE INDEX actor_sync_keyset ON actor (updated_at, id);

-- Declared territories and, with declared = false, their ancestors (see ActorTerritory).
CREATE TABLE actor_territory (
    actor_id UUID    NOT NULL REFERENCES actor (id),
    level    TEXT    NOT NULL,
    code     TEXT    NOT NULL,
    declared BOOLEAN NOT NULL,
    PRIMARY KEY (actor_id, level, code)
);
CREATE INDEX actor_territory_lookup ON actor_territory (level, code, actor_id);

CREATE TABLE actor_identifier (
    actor_id UUID NOT NULL REFERENCES actor (id),
    scheme   TEXT NOT NULL,
    value    TEXT NOT NULL,
    PRIMARY KEY (scheme, value)
);
CREATE INDEX actor_identifier_actor ON actor_identifier (actor_id);

CREATE TABLE actor_external_ref (
    actor_id    UUID NOT NULL REFERENCES actor (id),
    system      TEXT NOT NULL,
    external_id TEXT NOT NULL,
    PRIMARY KEY (system, external_id)
);
CREATE INDEX actor_external_ref_actor ON actor_external_ref (actor_id);
