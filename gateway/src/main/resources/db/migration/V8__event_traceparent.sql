-- The W3C traceparent of the write an event reports (its CloudEvents traceparent), kept so that the webhook
-- deliveries of the event join that write's trace. Absent for events that arrived without one.
ALTER TABLE feed_event ADD COLUMN traceparent VARCHAR(55);
ALTER TABLE webhook_delivery ADD COLUMN traceparent VARCHAR(55);
