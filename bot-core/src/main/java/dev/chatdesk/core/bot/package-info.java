/** Bots as data: a bot directory's intents, their examples and responses, and how it is read. */
package dev.chatdesk.core.bot;
