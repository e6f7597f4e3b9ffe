-- Objectives get an identity of their own: a result is recorded on the objective it measures, whatever its
-- position, and stays with it when partners revise the list. The result's value and date are kept; whether it
-- reaches the target is decided from baseline and target when read, so revising them cannot leave it stale.
ALTER TABLE alliance_objective
    ADD COLUMN id                 UUID,
    ADD COLUMN result_value       NUMERIC,
    ADD COLUMN result_measured_on DATE;
UPDATE alliance_objective SET id = gen_random_uuid();
ALTER TABLE alliance_objective ALTER COLUMN id SET NOT NULL;

-- The alliance a replication was started from; the lineage walks it up to the root and back down.
ALTER TABLE alliance ADD COLUMN replicated_from UUID REFERENCES alliance (id);
CREATE INDEX alliance_replicated_from ON alliance (replicated_from) WHERE replicated_from IS NOT NULL;
