-- When a message reached the customer's messaging platform; null while it has not.
ALTER TABLE messages ADD COLUMN delivered_at INTEGER;

UPDATE messages SET delivered_at = created_at;

CREATE INDEX messages_undelivered ON messages(created_at) WHERE delivered_at IS NULL;
