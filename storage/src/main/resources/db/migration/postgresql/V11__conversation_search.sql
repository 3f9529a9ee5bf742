-- Conversation search for agents: the search terms of a conversation's customer (name and
-- e-mail address) and of its customer, agent and note messages, in one tsvector on the
-- conversation (the tokens as they are, no stemming: array_to_tsvector) under a GIN index, so the
-- planner can either read the matches or walk the conversations newest first and check each.
-- Under encryption each term is a keyed hash, so the index holds no plaintext.
ALTER TABLE conversations ADD COLUMN search_terms TSVECTOR;

CREATE INDEX conversations_by_term ON conversations USING GIN (search_terms);

-- The key a conversation's documents were made under (NULL: plain); a key rotation makes them again.
ALTER TABLE conversations ADD COLUMN search_key_id TEXT;

-- Conversations whose documents are to be made from their stored messages: all of them at this
-- version (they were stored before the index); the store works through it when it opens.
CREATE TABLE search_backlog (conversation_id TEXT PRIMARY KEY);

INSERT INTO search_backlog SELECT id FROM conversations;

-- Every agent who has had a conversation: an agent may find again what they once handled.
CREATE TABLE conversation_agents (
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    username TEXT NOT NULL,
    PRIMARY KEY (conversation_id, username));

CREATE INDEX conversation_agents_by_agent ON conversation_agents(username, conversation_id);

INSERT INTO conversation_agents SELECT id, assignee FROM conversations WHERE assignee IS NOT NULL;

-- Lists newest activity first, whole or by status; escalations by conversation for the reason filter.
CREATE INDEX conversations_by_activity ON conversations(updated_at, id);

CREATE INDEX conversations_by_status_activity ON conversations(status, updated_at, id);

CREATE INDEX escalations_by_conversation ON escalations(conversation_id, reason);
