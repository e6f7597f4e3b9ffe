-- The change feeds of diagnostics, conversations and indicators (commons' sync_change): every committed change
-- to a row moves it to the end of its feed.
CREATE CONSTRAINT TRIGGER diagnostic_sync_change AFTER INSERT OR UPDATE ON diagnostic
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sync_change_record('diagnostics', 'id');
CREATE CONSTRAINT TRIGGER conversation_sync_change AFTER INSERT OR UPDATE ON conversation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sync_change_record('conversations', 'id');
-- Indicators are deleted for good (indicator_tombstone keeps what a client needs): a deletion moves the code too.
CREATE CONSTRAINT TRIGGER indicator_sync_change AFTER INSERT OR UPDATE OR DELETE ON indicator
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sync_change_record('indicators', 'code');

-- A conversation shows its diagnostic's state and fragilities, which change on the diagnostic row alone when a
-- newer diagnostic of the territory supersedes it: every change of a diagnostic moves its conversations as well.
CREATE FUNCTION conversation_sync_change_of_diagnostic() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM sync_change_move('conversations',
            ARRAY(SELECT id::text FROM conversation WHERE diagnostic_id = NEW.id ORDER BY created_at, id));
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER diagnostic_conversations_sync_change AFTER UPDATE ON diagnostic
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION conversation_sync_change_of_diagnostic();

-- What exists already enters the feeds in the order of its last change; deleted indicators as their tombstones.
INSERT INTO sync_change (collection, record_key, position)
SELECT 'diagnostics', id::text, nextval('sync_change_position') FROM (SELECT id FROM diagnostic ORDER BY updated_at, id) d;
INSERT INTO sync_change (collection, record_key, position)
SELECT 'conversations', id::text, nextval('sync_change_position')
  FROM (SELECT c.id FROM conversation c JOIN diagnostic d ON d.id = c.diagnostic_id
         ORDER BY greatest(c.updated_at, d.updated_at), c.id) c;
INSERT INTO sync_change (collection, record_key, position)
SELECT 'indicators', code, nextval('sync_change_position')
  FROM (SELECT code, updated_at AS at FROM indicator
        UNION ALL
        SELECT code, deleted_at FROM indicator_tombstone t WHERE NOT EXISTS (SELECT 1 FROM indicator i WHERE i.code = t.code)
        ORDER BY at, code) i;
