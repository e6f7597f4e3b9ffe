-- The alliances' change feed (commons' sync_change). Every change of an alliance, whatever it touches (members,
-- commitments, milestones, objectives and their results, mediator, state, archive, a member's merge), goes
-- through the alliance row, whose updated_at and version it moves: the trigger on that row moves the alliance,
-- and the tables of its parts need none.
CREATE CONSTRAINT TRIGGER alliance_sync_change AFTER INSERT OR UPDATE ON alliance
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sync_change_record('alliances', 'id');

-- What exists already enters the feed in the order of its last change.
INSERT INTO sync_change (collection, record_key, position)
SELECT 'alliances', id::text, nextval('sync_change_position') FROM (SELECT id FROM alliance ORDER BY updated_at, id) a;
