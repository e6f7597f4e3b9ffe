-- Likely duplicates: trigram similarity of accent- and case-folded names.
CREATE INDEX actor_name_trgm ON actor USING gin (maillage_fold(name) gin_trgm_ops);
