package dev.chatdesk.server.config;

/**
 * Sizes and rates that protect the server from abuse.
 *
 * @param messageChars the longest customer message, in characters after trimming
 * @param messagesPerMinutePerConversation the messages one conversation may send a minute
 * @param requestsPerMinutePerClient the API requests one client address may make a minute
 * @param loginAttemptsPerMinute the login attempts one client address may make a minute
 */
public record LimitsConfig(
        @Key(defaultValue = "4000", min = 1, doc = "Longest message text, in characters after trimming.")
        int messageChars,
        @Key(defaultValue = "30", min = 1, doc = "Messages one conversation may send a minute; more get 429.")
        int messagesPerMinutePerConversation,
        @Key(defaultValue = "120", min = 1, doc = "API requests one client address may make a minute; more get 429.")
        int requestsPerMinutePerClient,
        @Key(defaultValue = "10", min = 1, doc = "Login attempts one client address may make a minute; more get 429.")
        int loginAttemptsPerMinute) {}
