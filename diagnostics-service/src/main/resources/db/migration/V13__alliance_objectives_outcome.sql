-- What an alliance set out to achieve and how it ended, from its events, so that an uncovered priority can be
-- matched with alliances elsewhere that proved themselves on it. Events published before these fields existed
-- leave them empty: no objective known, no outcome, not a replication.
ALTER TABLE known_alliance ADD COLUMN objectives jsonb NOT NULL DEFAULT '[]';
ALTER TABLE known_alliance ADD COLUMN outcome varchar(32);
ALTER TABLE known_alliance ADD COLUMN replicated_from uuid;
