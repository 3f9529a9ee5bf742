-- Ids are kept per channel ("telegram:42", "web:u-17"): a website visitor who sends a
-- platform user's id is another customer. An id's channel is that of its first conversation.
UPDATE customers SET external_id = coalesce(
    (SELECT c.channel FROM conversations c WHERE c.customer_id = customers.id
     ORDER BY c.created_at LIMIT 1), 'web') || ':' || external_id
WHERE external_id IS NOT NULL;

-- Whether the channel vouched for the customer; only they are linked to other conversations.
ALTER TABLE customers ADD COLUMN verified INTEGER NOT NULL DEFAULT 0;

-- Platform ids came from signed webhooks; website ids were taken on trust, so not verified.
UPDATE customers SET verified = 1 WHERE external_id IS NOT NULL AND external_id NOT LIKE 'web:%';

UPDATE customers SET external_id = NULL WHERE verified = 0;
