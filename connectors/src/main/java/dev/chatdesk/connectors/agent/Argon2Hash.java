package dev.chatdesk.connectors.agent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * An Argon2id hash (version 1.3) in the PHC string format,
 * {@code $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>} with unpadded Base64; computed by
 * Bouncy Castle's generator from the password's UTF-8 bytes.
 */
final class Argon2Hash {
    private static final Pattern FORMAT = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=([0-9]{1,9}),t=([0-9]{1,9}),p=([0-9]{1,9})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final int MIN_SALT_BYTES = 8;
    private static final int MIN_HASH_BYTES = 4;

    private final Argon2Cost cost;
    private final byte[] salt;
    private final byte[] hash;

    private Argon2Hash(Argon2Cost cost, byte[] salt, byte[] hash) {
        this.cost = cost;
        this.salt = salt;
        this.hash = hash;
    }

    /** The hash of a password with this cost and salt, {@code length} bytes long. */
    static Argon2Hash of(String password, Argon2Cost cost, byte[] salt, int length) {
        return new Argon2Hash(cost, salt.clone(), derive(password, cost, salt, length));
    }

    /** The hash a stored string holds, or empty when it is not a well-formed Argon2id PHC string. */
    static Optional<Argon2Hash> parse(String stored) {
        Matcher parts = FORMAT.matcher(stored);
        if (!parts.matches()) {
            return Optional.empty();
        }
        try {
            Argon2Cost cost = new Argon2Cost(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
                    Integer.parseInt(parts.group(3)));
            byte[] salt = Base64.getDecoder().decode(parts.group(4));
            byte[] hash = Base64.getDecoder().decode(parts.group(5));
            if (salt.length < MIN_SALT_BYTES || hash.length < MIN_HASH_BYTES) {
                return Optional.empty();
            }
            return Optional.of(new Argon2Hash(cost, salt, hash));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** Whether this is the hash of the password, compared in constant time. */
    boolean matches(String password) {
        return MessageDigest.isEqual(hash, derive(password, cost, salt, hash.length));
    }

    /** The cost it was computed with. */
    Argon2Cost cost() {
        return cost;
    }

    /** The PHC string to store. */
    String encoded() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + cost.memoryKiB() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
                + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    private static byte[] derive(String password, Argon2Cost cost, byte[] salt, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKiB())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build());
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] out = new byte[length];
            generator.generateBytes(secret, out);
            return out;
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
