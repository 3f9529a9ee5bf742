-- Encryption at rest: a row's key_id names the key its sealed columns are encrypted
-- with (NULL: plain text). Columns looked up by equality get a *_key twin holding the
-- value itself (plain) or its keyed hash (encrypted).
ALTER TABLE customers ADD COLUMN key_id TEXT;

ALTER TABLE customers ADD COLUMN external_ref TEXT;

ALTER TABLE customers ADD COLUMN email_key TEXT;

UPDATE customers SET external_ref = external_id, email_key = CASE WHEN verified = 1 THEN email END;

DROP INDEX customers_by_email;

CREATE INDEX customers_by_email_key ON customers(email_key) WHERE email_key IS NOT NULL;

ALTER TABLE conversations ADD COLUMN key_id TEXT;

ALTER TABLE conversations ADD COLUMN channel_address_key TEXT;

UPDATE conversations SET channel_address_key = channel_address;

DROP INDEX conversations_by_address;

CREATE INDEX conversations_by_address_key ON conversations(channel, channel_address_key, created_at);

ALTER TABLE messages ADD COLUMN key_id TEXT;

-- With privacy.redact: store, text holds the masked form and this what was written.
ALTER TABLE messages ADD COLUMN original_text TEXT;

ALTER TABLE escalations ADD COLUMN key_id TEXT;

ALTER TABLE feedback ADD COLUMN key_id TEXT;

ALTER TABLE deliveries ADD COLUMN key_id TEXT;

-- What each key id stood for when first used: a different key under a known id is refused.
CREATE TABLE encryption_keys (
    key_id TEXT PRIMARY KEY,
    check_value TEXT NOT NULL,
    first_used_at INTEGER NOT NULL);
