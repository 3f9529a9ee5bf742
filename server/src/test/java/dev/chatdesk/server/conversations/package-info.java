/**
 * The conversation test suite: conversations written as customers talk, kept as YAML files under
 * {@code src/test/resources/conversations/<bot>/}, each run as one test against the real server
 * with the bot's real trained model, over HTTP. The format is described in the README beside the
 * files.
 */
package dev.chatdesk.server.conversations;
