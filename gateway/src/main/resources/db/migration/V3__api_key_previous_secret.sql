-- Rotation with overlap: the secret a key had before its last rotation keeps working until
-- previous_valid_until, so that a partner can deploy the new secret before the old one stops.
ALTER TABLE api_key
    ADD COLUMN previous_prefix      VARCHAR(32) UNIQUE,
    ADD COLUMN previous_secret_hash VARCHAR(64),
    ADD COLUMN previous_valid_until TIMESTAMP WITH TIME ZONE;
