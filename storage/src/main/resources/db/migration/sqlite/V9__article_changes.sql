-- The admins' changes to the help articles (put, delete, replace all) as JSON, in order: every
-- node of a cluster applies them to its own search index. Not personal data: not encrypted.
CREATE TABLE article_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    change TEXT NOT NULL,
    created_at BIGINT NOT NULL);
