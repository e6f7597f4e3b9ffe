-- Search and territory filters whose cost follows the page, not the registry (benchmarked at 10 000 and
-- 1 000 000 actors, deploy/bench/actors).

-- Full-text search: words of the folded name and description, each query word matched as a prefix. A word
-- lexeme index finds "amberieu" among a million actors in a few index pages, where trigrams of common
-- syllables ("rie", "ieu") made every search read large posting lists.
ALTER TABLE actor
    ADD COLUMN search_vector TSVECTOR GENERATED ALWAYS AS
        (to_tsvector('simple'::regconfig, maillage_fold(name || ' ' || coalesce(description, '')))) STORED;
CREATE INDEX actor_search_words ON actor USING gin (search_vector);
DROP INDEX actor_search_trgm;
ALTER TABLE actor DROP COLUMN search_text;

-- Territory filters walk actor_territory in list order, so a page stops after its last actor instead of
-- probing the territories of every actor listed before. The list order is the actor's creation time,
-- copied here by a trigger because it never changes.
ALTER TABLE actor_territory ADD COLUMN actor_created_at TIMESTAMPTZ;
UPDATE actor_territory t SET actor_created_at = a.created_at FROM actor a WHERE a.id = t.actor_id;
ALTER TABLE actor_territory ALTER COLUMN actor_created_at SET NOT NULL;

CREATE FUNCTION actor_territory_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT created_at INTO NEW.actor_created_at FROM actor WHERE id = NEW.actor_id;
    RETURN NEW;
END $$;
CREATE TRIGGER actor_territory_order BEFORE INSERT ON actor_territory
    FOR EACH ROW EXECUTE FUNCTION actor_territory_order();

CREATE INDEX actor_territory_keyset ON actor_territory (level, code, actor_created_at, actor_id);
CREATE INDEX actor_territory_declared_keyset ON actor_territory (level, code, actor_created_at, actor_id)
    WHERE declared;
DROP INDEX actor_territory_lookup;
