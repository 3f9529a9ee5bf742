-- The admins' changes to the help articles (put, delete, replace all) as JSON, in order: every
-- node of a cluster applies them to its own search index. Not personal data: not encrypted.
-- Appends hold an advisory lock, so sequence numbers commit in order.
CREATE TABLE article_changes (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    change TEXT NOT NULL,
    created_at BIGINT NOT NULL);
