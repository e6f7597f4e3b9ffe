CREATE TABLE probe_note (
    id      BIGSERIAL PRIMARY KEY,
    subject TEXT NOT NULL,
    text    TEXT NOT NULL
);
