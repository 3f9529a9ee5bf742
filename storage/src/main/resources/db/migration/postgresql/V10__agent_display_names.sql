-- The name customers see for an agent ("Anna"); NULL: none, and customers see "our team". A
-- conversation's agent name is read through a join, so a changed name shows at once.
ALTER TABLE agents ADD COLUMN display_name TEXT;
