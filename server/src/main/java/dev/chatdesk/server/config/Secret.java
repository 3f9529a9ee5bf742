package dev.chatdesk.server.config;

import java.util.Objects;

/**
 * A secret configuration value (a token, a password, a signing key). Its {@link #toString()} is
 * masked, so printing the configuration, or a record holding a secret, never reveals it.
 *
 * @param value the secret itself, for the code that signs, verifies or authenticates with it
 */
public record Secret(String value) {
    /** Checks the secret is not empty: an empty value means unset, which is {@code null}. */
    public Secret {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a secret must not be blank");
        }
    }

    /** The value of a secret that may be unset (null). */
    public static String valueOf(Secret secret) {
        return secret == null ? null : secret.value();
    }

    /** Always {@code ****}, whatever the value. */
    @Override
    public String toString() {
        return "****";
    }
}
