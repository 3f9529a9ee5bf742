-- Unanswered questions (insights): the customer messages the bot fell back on, or whose offered
-- meanings the customer declined, found by time without reading the other messages.
CREATE INDEX messages_unanswered_by_time ON messages(created_at)
    WHERE role = 'customer' AND bot_action IN ('fallback', 'declined');
