package dev.chatdesk.connectors.slack;

import dev.chatdesk.connectors.platform.ChannelAddress;
import java.util.List;

/**
 * A Slack conversation's address: the Slack channel (a DM is one too), the user, and the thread
 * when the user wrote in one. Each user has their own conversation in a channel and in each thread.
 */
final class SlackAddress {
    private SlackAddress() {}

    /** The address of a user in a channel, in a thread when {@code threadTs} is not null. */
    static String of(String channel, String user, String threadTs) {
        return threadTs == null ? ChannelAddress.join(channel, user) : ChannelAddress.join(channel, user, threadTs);
    }

    /** The Slack channel id of an address. */
    static String channel(String address) {
        return ChannelAddress.split(address).get(0);
    }

    /** The thread's timestamp of an address, or null when replies go to the channel itself. */
    static String threadTs(String address) {
        List<String> parts = ChannelAddress.split(address);
        return parts.size() > 2 ? parts.get(2) : null;
    }
}
