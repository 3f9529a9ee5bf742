-- Chatdesk's tables in SQLite. Times are epoch milliseconds (UTC). Lists are JSON text, NULL when
-- empty. Enums are their wire names ('waiting_for_agent'). Later versions add files, never edit one.

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    external_id TEXT UNIQUE,
    name TEXT,
    email TEXT,
    created_at INTEGER NOT NULL);

CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    channel TEXT NOT NULL,
    channel_address TEXT,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    locale TEXT,
    token_hash TEXT,
    status TEXT NOT NULL CHECK (status IN ('bot', 'waiting_for_agent', 'with_agent', 'closed')),
    assignee TEXT,
    dialogue_state TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL);

CREATE INDEX conversations_by_address ON conversations(channel, channel_address, created_at);

CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    seq INTEGER NOT NULL CHECK (seq >= 1),
    role TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    quick_replies TEXT,
    sources TEXT,
    nlu_intent TEXT,
    nlu_confidence REAL,
    nlu_out_of_scope INTEGER,
    nlu_sentiment TEXT,
    nlu_sentiment_score REAL,
    nlu_anger REAL,
    client_message_id TEXT,
    in_reply_to TEXT REFERENCES messages(id),
    author TEXT,
    UNIQUE (conversation_id, seq));

CREATE UNIQUE INDEX messages_by_client_message_id ON messages(conversation_id, client_message_id)
    WHERE client_message_id IS NOT NULL;

CREATE TABLE escalations (
    id INTEGER PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    reason TEXT NOT NULL,
    detail TEXT,
    summary TEXT,
    trend TEXT,
    escalated_at INTEGER NOT NULL,
    ended_at INTEGER);

-- At most one open escalation per conversation; also how openEscalation finds it.
CREATE UNIQUE INDEX escalations_open_by_conversation ON escalations(conversation_id)
    WHERE ended_at IS NULL;

-- The agents' queue: open escalations, oldest first.
CREATE INDEX escalations_open_by_time ON escalations(escalated_at, id) WHERE ended_at IS NULL;

CREATE TABLE feedback (
    conversation_id TEXT PRIMARY KEY REFERENCES conversations(id),
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment TEXT,
    created_at INTEGER NOT NULL);

CREATE TABLE deliveries (
    channel TEXT NOT NULL,
    delivery_id TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    PRIMARY KEY (channel, delivery_id)) WITHOUT ROWID;

CREATE TABLE agents (
    username TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    created_at INTEGER NOT NULL);

CREATE TABLE agent_sessions (
    token_hash TEXT PRIMARY KEY,
    username TEXT NOT NULL REFERENCES agents(username),
    role TEXT NOT NULL,
    expires_at INTEGER NOT NULL);
