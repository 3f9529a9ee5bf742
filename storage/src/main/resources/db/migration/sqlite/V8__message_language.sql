-- en or zh: detected from the text, or the language the bot answered in. NULL before this
-- version: read as detected from the text.
ALTER TABLE messages ADD COLUMN language TEXT;
