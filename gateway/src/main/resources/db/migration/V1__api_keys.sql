-- Partner API keys. The secret itself is never stored: only its SHA-256, found through the public prefix.
CREATE TABLE api_key (
    id              UUID PRIMARY KEY,
    prefix          VARCHAR(32)  NOT NULL UNIQUE,
    name            VARCHAR(200) NOT NULL,
    organisation_id UUID,
    scopes          VARCHAR(1000) NOT NULL,
    -- Own rate limit of the key; the configured default applies when null.
    requests_per_minute INTEGER,
    secret_hash     VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    rotated_at      TIMESTAMP WITH TIME ZONE,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    last_used_at    TIMESTAMP WITH TIME ZONE
);
