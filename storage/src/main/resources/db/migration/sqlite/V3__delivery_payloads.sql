-- A delivery's payload is kept from its acknowledgement until it is processed.
ALTER TABLE deliveries ADD COLUMN payload TEXT;

ALTER TABLE deliveries ADD COLUMN processed_at INTEGER;

CREATE INDEX deliveries_pending ON deliveries(channel, received_at) WHERE payload IS NOT NULL;
