-- The team's saved replies (canned responses): admins write them, agents insert them with /shortcut.
-- Not customers' data: stored as written.
CREATE TABLE saved_replies (
    shortcut TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL);
