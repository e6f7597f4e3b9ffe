-- The balance index is kept on each change so needsAttention=true lists can filter on it in SQL.
ALTER TABLE alliance ADD COLUMN balance_index DOUBLE PRECISION;
CREATE INDEX alliance_balance ON alliance (balance_index) WHERE balance_index IS NOT NULL;
CREATE INDEX alliance_milestone_open ON alliance_milestone (due_date) WHERE done_at IS NULL;
CREATE INDEX alliance_commitment_open ON alliance_commitment (due_date) WHERE status = 'PLEDGED';
