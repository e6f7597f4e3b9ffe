-- The people directory (GET /api/v1/people): people across organisations, listed in creation order or by last
-- change, and searched on their name and job title the way actors are (every query word begins a word of the
-- folded text; see V5). Erasure nulls both fields, so an erased person matches no search.
ALTER TABLE person
    ADD COLUMN search_vector TSVECTOR GENERATED ALWAYS AS
        (to_tsvector('simple'::regconfig, maillage_fold(coalesce(name, '') || ' ' || coalesce(job_title, '')))) STORED;
CREATE INDEX person_search_words ON person USING gin (search_vector);

-- Keyset paging across organisations; the per-actor indexes of V4 lead with actor_id and serve the actor filter.
CREATE INDEX person_keyset ON person (created_at, id);
CREATE INDEX person_sync_keyset ON person (updated_at, id);
