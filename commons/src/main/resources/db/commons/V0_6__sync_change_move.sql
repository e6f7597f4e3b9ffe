-- Moves records of a feed to its end from a trigger on another table, for a record whose representation shows a
-- row it does not own (a conversation shows its diagnostic's state): the table whose row changed does not hold the
-- records' keys, so sync_change_record cannot be given a key column. Takes the same lock, so positions keep the
-- commit order; call it only from a DEFERRABLE INITIALLY DEFERRED constraint trigger.
CREATE FUNCTION sync_change_move(feed varchar, record_keys text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF cardinality(record_keys) = 0 THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(8320803159742440804); -- as sync_change_record
    INSERT INTO sync_change (collection, record_key, position)
    SELECT feed, moved.record_key, nextval('sync_change_position')
      FROM unnest(record_keys) WITH ORDINALITY AS moved (record_key, n) ORDER BY moved.n
    ON CONFLICT (collection, record_key) DO UPDATE SET position = EXCLUDED.position;
END
$$;
