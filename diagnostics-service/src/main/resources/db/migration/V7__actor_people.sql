-- Professions of each person of an actor (person events of the registry): the actor's professions are their union.
ALTER TABLE known_actor ADD COLUMN people jsonb NOT NULL DEFAULT '{}';
