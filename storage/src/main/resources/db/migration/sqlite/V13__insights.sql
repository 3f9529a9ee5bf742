-- Insights (the admins' dashboard): what each measure reads is kept where one index scan finds it.
-- What the bot did with each customer message it answered (answered, article, clarified, declined,
-- fallback, escalated); NULL where it answered none (the customer waited for or had a person).
ALTER TABLE messages ADD COLUMN bot_action TEXT;

-- When the customer first wrote (conversations in which nobody wrote are not counted), and when the
-- conversation first went to a person (a conversation never escalated was contained by the bot).
ALTER TABLE conversations ADD COLUMN customer_wrote_at BIGINT;
ALTER TABLE conversations ADD COLUMN first_escalated_at BIGINT;

-- Each escalation's first agent reply and its author, and the status that ended it ('closed': the
-- agent resolved it; 'bot': handed back).
ALTER TABLE escalations ADD COLUMN first_response_at BIGINT;
ALTER TABLE escalations ADD COLUMN responder TEXT;
ALTER TABLE escalations ADD COLUMN ended_by TEXT;

UPDATE conversations SET
    customer_wrote_at = (SELECT min(m.created_at) FROM messages m WHERE m.conversation_id = conversations.id AND m.role = 'customer'),
    first_escalated_at = (SELECT min(e.escalated_at) FROM escalations e WHERE e.conversation_id = conversations.id);

UPDATE escalations SET
    first_response_at = (SELECT min(m.created_at) FROM messages m
        WHERE m.conversation_id = escalations.conversation_id AND m.role = 'agent' AND m.created_at >= escalations.escalated_at
          AND (escalations.ended_at IS NULL OR m.created_at <= escalations.ended_at)),
    responder = (SELECT m.author FROM messages m
        WHERE m.conversation_id = escalations.conversation_id AND m.role = 'agent' AND m.created_at >= escalations.escalated_at
          AND (escalations.ended_at IS NULL OR m.created_at <= escalations.ended_at)
        ORDER BY m.seq LIMIT 1),
    ended_by = CASE WHEN ended_at IS NULL THEN NULL
        WHEN EXISTS (SELECT 1 FROM conversations c WHERE c.id = escalations.conversation_id AND c.status = 'closed'
                     AND c.updated_at = escalations.ended_at) THEN 'closed'
        ELSE 'bot' END;

CREATE INDEX conversations_by_start ON conversations(created_at, customer_wrote_at, first_escalated_at);

CREATE INDEX messages_from_customers_by_time
    ON messages(created_at, nlu_sentiment, nlu_anger, nlu_intent, nlu_out_of_scope, bot_action)
    WHERE role = 'customer';

CREATE INDEX escalations_by_time ON escalations(escalated_at, reason, first_response_at, ended_at, ended_by, responder);

CREATE INDEX feedback_by_time ON feedback(created_at, rating);

-- Sentiment alerts: at most one open alert of a kind (cleared_at NULL), posted to the webhook once
-- (posted_at), whichever node checks.
CREATE TABLE insight_alerts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    raised_at BIGINT NOT NULL,
    cleared_at BIGINT,
    posted_at BIGINT,
    message TEXT NOT NULL);

CREATE UNIQUE INDEX insight_alerts_open ON insight_alerts(kind) WHERE cleared_at IS NULL;

CREATE INDEX insight_alerts_by_time ON insight_alerts(raised_at);
