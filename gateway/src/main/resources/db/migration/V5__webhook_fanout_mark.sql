-- Webhook deliveries are queued from committed feed events, after the feed's lock is released: the highest
-- feed position already fanned out. Events recorded before this migration were fanned out when recorded.
CREATE TABLE webhook_fanout_mark (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    fanned_out_through BIGINT  NOT NULL
);
INSERT INTO webhook_fanout_mark (id, fanned_out_through) SELECT 1, coalesce(max(position), 0) FROM feed_event;
