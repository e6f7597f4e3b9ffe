-- The change feeds of actors and people (commons' sync_change): every committed change to a row, archive,
-- merge, removal and erasure included, moves it to the end of its feed.
CREATE CONSTRAINT TRIGGER actor_sync_change AFTER INSERT OR UPDATE ON actor
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sync_change_record('actors', 'id');
CREATE CONSTRAINT TRIGGER person_sync_change AFTER INSERT OR UPDATE ON person
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sync_change_record('people', 'id');

-- What exists already enters the feeds in the order of its last change.
INSERT INTO sync_change (collection, record_key, position)
SELECT 'actors', id::text, nextval('sync_change_position') FROM (SELECT id FROM actor ORDER BY updated_at, id) a;
INSERT INTO sync_change (collection, record_key, position)
SELECT 'people', id::text, nextval('sync_change_position') FROM (SELECT id FROM person ORDER BY updated_at, id) p;
