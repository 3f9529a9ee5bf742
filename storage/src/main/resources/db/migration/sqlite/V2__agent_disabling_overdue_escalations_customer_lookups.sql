ALTER TABLE agents ADD COLUMN disabled_at INTEGER;

-- When the customer was told the wait is longer than it should be; set once per escalation.
ALTER TABLE escalations ADD COLUMN overdue_at INTEGER;

CREATE INDEX conversations_by_customer ON conversations(customer_id, created_at);

CREATE INDEX customers_by_email ON customers(email) WHERE email IS NOT NULL;
