-- Rotation with overlap: the signing secret an endpoint had before its last rotation also signs attempts until
-- previous_secret_valid_until, so that a partner's receiver checking it keeps accepting them until it is redeployed
-- with the new one. Stored as is, like secret (see V2).
ALTER TABLE webhook_endpoint
    ADD COLUMN previous_secret             VARCHAR(100),
    ADD COLUMN previous_secret_valid_until TIMESTAMP WITH TIME ZONE,
    ADD CONSTRAINT webhook_endpoint_previous_secret_until
        CHECK ((previous_secret IS NULL) = (previous_secret_valid_until IS NULL));
