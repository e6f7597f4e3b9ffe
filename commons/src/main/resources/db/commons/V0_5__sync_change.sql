-- The change feed of every synchronised collection: one row per record, moved to a new position by each
-- committed change, so that a client polling "after position p" gets every record changed since, once, at its
-- latest committed state, in commit order.
CREATE SEQUENCE sync_change_position;

CREATE TABLE sync_change (
    collection varchar(32) NOT NULL,
    record_key varchar(64) NOT NULL,
    position   bigint      NOT NULL,
    PRIMARY KEY (collection, record_key)
);

CREATE UNIQUE INDEX sync_change_feed ON sync_change (collection, position) INCLUDE (record_key);

-- Fired by a DEFERRABLE INITIALLY DEFERRED constraint trigger, i.e. while the transaction commits. The
-- advisory lock is released only once the commit is visible, so positions are drawn in commit order and no
-- reader can see position n+1 while n is still uncommitted (and then skip n for good). Writers wait for each
-- other only for the length of a commit. Arguments: the collection, the record's key column.
CREATE FUNCTION sync_change_record() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(8320803159742440804); -- "syncfeed" in ASCII
    INSERT INTO sync_change (collection, record_key, position)
    VALUES (TG_ARGV[0],
            to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END) ->> TG_ARGV[1],
            nextval('sync_change_position'))
    ON CONFLICT (collection, record_key) DO UPDATE SET position = EXCLUDED.position;
    RETURN NULL;
END
$$;
