package dev.chatdesk.connectors.platform;

import dev.chatdesk.core.channel.Channel;

/** A platform's channel, known by the name conversations carry and the name people read. */
public abstract class ApiChannel implements Channel {
    private final String name;
    private final String displayName;

    /** A channel stored on conversations as {@code name} and shown to agents as {@code displayName}. */
    protected ApiChannel(String name, String displayName) {
        this.name = name;
        this.displayName = displayName;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String displayName() {
        return displayName;
    }
}
