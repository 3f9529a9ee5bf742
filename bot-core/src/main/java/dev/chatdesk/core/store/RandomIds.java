package dev.chatdesk.core.store;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Opaque ids: 128 random bits in URL-safe base64 behind a short prefix that says what they name,
 * so they can be neither guessed nor counted. Every store names conversations and messages so.
 */
public final class RandomIds {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private RandomIds() {}

    /** A new conversation id, such as {@code c_3q2-7wEVR1CDbUXHlz3BvA}. */
    public static String conversation() {
        return next("c_");
    }

    /** A new message id, such as {@code m_Yx1b0QhjS_WTqYc2Dq0m9g}. */
    public static String message() {
        return next("m_");
    }

    private static String next(String prefix) {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return prefix + ENCODER.encodeToString(bits);
    }
}
