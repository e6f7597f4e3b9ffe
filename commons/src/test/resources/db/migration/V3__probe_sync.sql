-- A synchronised collection for the change-feed tests; rows are also deleted, to prove deletions are fed.
CREATE TABLE probe_record (
    id    uuid    PRIMARY KEY,
    value bigint  NOT NULL
);

CREATE CONSTRAINT TRIGGER probe_record_sync AFTER INSERT OR UPDATE OR DELETE ON probe_record
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sync_change_record('probes', 'id');

-- Values drawn under the row's lock, so that a record's successive committed values increase.
CREATE SEQUENCE probe_record_value;
