-- Room for what a request may hold: 50 patterns of 200 characters, space-separated. 4000 made a valid
-- registration fail in the database.
ALTER TABLE webhook_endpoint ALTER COLUMN event_types TYPE VARCHAR(10049);
