package dev.chatdesk.connectors.events;

/** The event-bus addresses conversation changes are published on. */
public final class EventAddresses {
    /** Every change agents see: queue changes and messages of escalated conversations. */
    public static final String AGENTS = "chatdesk.agents";

    private EventAddresses() {}

    /** The changes of one conversation, for its customer's screens. */
    public static String conversation(String conversationId) {
        return "chatdesk.conversation." + conversationId;
    }
}
