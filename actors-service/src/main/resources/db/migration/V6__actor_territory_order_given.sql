-- New actors are written in batches that give actor_territory.actor_created_at themselves; the trigger now
-- only fills it for rows written without it (territories added when an actor changes), which saves a lookup
-- of the actor per territory row on registration.
DROP TRIGGER actor_territory_order ON actor_territory;
CREATE TRIGGER actor_territory_order BEFORE INSERT ON actor_territory
    FOR EACH ROW WHEN (NEW.actor_created_at IS NULL) EXECUTE FUNCTION actor_territory_order();
