-- Every write of a conversation (including a fragility added to its diagnostic) bumps its version, the ETag
-- If-Match is checked against.
ALTER TABLE conversation ADD COLUMN updated_at timestamptz;
UPDATE conversation SET updated_at = coalesce(adopted_at, created_at);
ALTER TABLE conversation ALTER COLUMN updated_at SET NOT NULL;

-- Incremental sync of the lists: keyset on (updated_at, key).
CREATE INDEX diagnostic_updated_idx ON diagnostic (updated_at, id);
CREATE INDEX indicator_updated_idx ON indicator (updated_at, code);

-- Deleted indicators, so that a client syncing with updatedSince&includeArchived=true learns of the deletion.
-- Re-creating the code removes its tombstone.
CREATE TABLE indicator_tombstone (
    code        varchar(64)  PRIMARY KEY,
    theme       varchar(32),
    deleted_at  timestamptz  NOT NULL
);
CREATE INDEX indicator_tombstone_deleted_idx ON indicator_tombstone (deleted_at, code);
