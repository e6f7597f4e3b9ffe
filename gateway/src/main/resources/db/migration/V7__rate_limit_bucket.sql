-- Rate limit token buckets, shared by every gateway instance (Bucket4j's PostgreSQL store: it writes state, the
-- serialised bucket, and expires_at, epoch milliseconds after which an idle bucket is full again and can go).
CREATE TABLE rate_limit_bucket (
    id         TEXT   PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
