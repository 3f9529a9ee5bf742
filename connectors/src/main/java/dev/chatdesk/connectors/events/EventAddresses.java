package dev.chatdesk.connectors.events;

/** The event-bus addresses conversation changes are published on. */
public final class EventAddresses {
    /** Every change agents see: queue changes and messages of escalated conversations. */
    public static final String AGENTS = "chatdesk.agents";
    /**
     * Agent sessions that ended before their time: {@code {"tokenHash"}} on logout, {@code
     * {"username"}} when an account is disabled, {@code {"username", "except"}} (a token hash) when
     * its password changed. Every node closes the sockets they opened.
     */
    public static final String ENDED_SESSIONS = "chatdesk.agents.ended";

    private EventAddresses() {}

    /** The changes of one conversation, for its customer's screens. */
    public static String conversation(String conversationId) {
        return "chatdesk.conversation." + conversationId;
    }
}
