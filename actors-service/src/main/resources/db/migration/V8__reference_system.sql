-- A partner's reference system (the "system" of its external refs, e.g. its CRM) belongs to the organisation
-- that first wrote a reference in it; only that organisation's keys (and admins) write references in it.
-- Systems used before this table existed stay unclaimed until their next use.
CREATE TABLE reference_system (
    system          text        PRIMARY KEY,
    organisation_id uuid        NOT NULL,
    claimed_at      timestamptz NOT NULL
);
