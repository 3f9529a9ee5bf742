package dev.chatdesk.server.config;

/**
 * A configuration that cannot be used. The message is one sentence that names the key (and the
 * environment variable or option it came from) and never quotes a secret. It is an {@link
 * IllegalArgumentException}, so the command line reports it as a usage error.
 */
public final class ConfigException extends IllegalArgumentException {
    /** A failure described by one sentence. */
    public ConfigException(String message) {
        super(message);
    }

    /** A failure described by one sentence, caused by {@code cause}. */
    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
