-- Keys are now scoped to the caller, and secret-bearing responses are not stored (only the resource they concern).
-- Rows recorded before were scoped to method and path only: no request can match them any more, and some hold
-- secrets in clear, so they go.
DELETE FROM idempotency_key;
ALTER TABLE idempotency_key ADD COLUMN secret_withheld BOOLEAN NOT NULL DEFAULT false;
