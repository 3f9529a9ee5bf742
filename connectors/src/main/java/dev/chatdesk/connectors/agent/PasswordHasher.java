package dev.chatdesk.connectors.agent;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;

/**
 * Password hashes: Argon2id (Bouncy Castle's implementation) with a random 128-bit salt and a
 * 256-bit hash, stored in the PHC string format ({@link Argon2Hash}). The PBKDF2 hashes stored
 * before still verify; {@link #needsRehash} tells which stored hashes to replace at the next login.
 * A stored string that is not a well-formed hash verifies as false.
 */
public final class PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Argon2Cost cost;

    /** A hasher with OWASP's minimum cost for Argon2id. */
    public PasswordHasher() {
        this(Argon2Cost.OWASP_MINIMUM);
    }

    /** A hasher with another cost (tests use a small one to stay fast). */
    public PasswordHasher(Argon2Cost cost) {
        this.cost = requireNonNull(cost, "cost");
    }

    /** The stored form of a password. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return Argon2Hash.of(password, cost, salt, HASH_BYTES).encoded();
    }

    /** Whether the password is the one hashed, compared in constant time; false for a malformed hash. */
    public boolean verify(String password, String stored) {
        if (stored == null) {
            return false;
        }
        if (stored.startsWith("pbkdf2-sha256$")) {
            return Pbkdf2Hash.matches(password, stored);
        }
        return Argon2Hash.parse(stored).map(hash -> hash.matches(password)).orElse(false);
    }

    /** Whether a stored hash should be replaced: it is not Argon2id, or has another cost than this hasher's. */
    public boolean needsRehash(String stored) {
        return stored == null || Argon2Hash.parse(stored).map(hash -> !hash.cost().equals(cost)).orElse(true);
    }
}
