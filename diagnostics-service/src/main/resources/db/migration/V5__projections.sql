-- What this service knows of the actors and alliances of other services, from their events.
CREATE TABLE known_actor (
    id          uuid         PRIMARY KEY,
    name        text,
    kind        varchar(32),
    world       varchar(32),
    territories jsonb        NOT NULL,
    professions jsonb        NOT NULL,
    archived    boolean      NOT NULL,
    updated_at  timestamptz  NOT NULL
);

CREATE TABLE known_alliance (
    id          uuid         PRIMARY KEY,
    name        text,
    state       varchar(32),
    territories jsonb        NOT NULL,
    themes      jsonb        NOT NULL,
    -- explicit references to fragilities: [{diagnosticId, fragilityId}]
    addresses   jsonb        NOT NULL,
    members     jsonb        NOT NULL,
    updated_at  timestamptz  NOT NULL
);
