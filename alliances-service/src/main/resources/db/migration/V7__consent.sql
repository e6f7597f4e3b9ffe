-- Consent: an organisation added by another is invited until it accepts; a lead's pledge in another member's
-- name is proposed until that member confirms it.
ALTER TABLE alliance_member
    ADD COLUMN status     TEXT,
    ADD COLUMN invited_at TIMESTAMPTZ,
    ALTER COLUMN joined_at DROP NOT NULL;
UPDATE alliance_member SET status = CASE WHEN left_at IS NULL THEN 'ACTIVE' ELSE 'LEFT' END;
ALTER TABLE alliance_member ALTER COLUMN status SET NOT NULL;
