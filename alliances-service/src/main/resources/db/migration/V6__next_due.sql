-- The earliest due date of what is still open (unreached milestones, pledged commitments), kept on each change
-- like the balance index: needsAttention=true then tests OVERDUE on the alliance row itself, so the list costs
-- the same at 1 000 and 100 000 alliances instead of collecting every overdue item of the database first.
ALTER TABLE alliance ADD COLUMN next_due_on DATE;

UPDATE alliance a SET next_due_on = least(
    (SELECT min(ms.due_date) FROM alliance_milestone ms WHERE ms.alliance_id = a.id AND ms.done_at IS NULL),
    (SELECT min(c.due_date) FROM alliance_commitment c WHERE c.alliance_id = a.id AND c.status = 'PLEDGED'));

-- Only the needsAttention list used them; it no longer does.
DROP INDEX alliance_milestone_open;
DROP INDEX alliance_commitment_open;
