package dev.chatdesk.storage.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the fields of a stored record that hold customers' data, with AES-256-GCM (the JDK's):
 * a fresh 96-bit nonce per value, the field's name as associated data (a value moved to another
 * column does not decrypt), the id of the key stored with the record. Values a store looks up by
 * equality (a platform user's id, an e-mail address) are kept as an HMAC-SHA256 under a key
 * derived from the data key, so equal values still find each other and nothing is readable.
 *
 * <p>Without keys it is the identity: values are stored as given and {@link #keyId()} is null.
 * Thread-safe.
 */
public final class RecordCipher {
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** 96 bits: no two words of a store's vocabulary share a token. */
    private static final int SEARCH_TOKEN_BYTES = 12;

    private final Map<String, DataKey> keys;
    private final DataKey active;

    /** One configured key, with the keys derived from it for lookups and for its check value. */
    private record DataKey(String id, SecretKeySpec encryption, SecretKeySpec lookup, String checkValue) {}

    private RecordCipher(Map<String, DataKey> keys, DataKey active) {
        this.keys = keys;
        this.active = active;
    }

    /** No encryption: values are stored as they are. */
    public static RecordCipher plain() {
        return new RecordCipher(Map.of(), null);
    }

    /**
     * A cipher over the keys (id to 32 key bytes) that encrypts with {@code activeKeyId}.
     *
     * @throws IllegalArgumentException when a key is not 256 bits, or the active id names none of them
     */
    public static RecordCipher withKeys(Map<String, byte[]> keys, String activeKeyId) {
        Map<String, DataKey> dataKeys = new LinkedHashMap<>();
        keys.forEach((id, bytes) -> {
            if (bytes.length != 32) {
                throw new IllegalArgumentException("encryption key '" + id + "' must be 256 bits (32 bytes, 44 base64 "
                        + "characters), was " + bytes.length + " bytes");
            }
            dataKeys.put(id, new DataKey(id, new SecretKeySpec(bytes, "AES"),
                    new SecretKeySpec(hmac(bytes, "chatdesk lookup key"), "HmacSHA256"),
                    HexFormat.of().formatHex(hmac(bytes, "chatdesk key check"))));
        });
        DataKey active = dataKeys.get(activeKeyId);
        if (active == null) {
            throw new IllegalArgumentException("the active encryption key '" + activeKeyId + "' is not among the keys "
                    + dataKeys.keySet());
        }
        return new RecordCipher(Map.copyOf(dataKeys), active);
    }

    /** Whether values are encrypted. */
    public boolean enabled() {
        return active != null;
    }

    /** The id of the key new records are encrypted with, stored with each; null without encryption. */
    public String keyId() {
        return active == null ? null : active.id();
    }

    /** The ids of every configured key. */
    public List<String> keyIds() {
        return List.copyOf(keys.keySet());
    }

    /** A value that tells whether a stored key id's key is the one configured under that id (it is not secret). */
    public String checkValue(String keyId) {
        return dataKey(keyId).checkValue();
    }

    /** The value to store for {@code plaintext} in {@code field}, encrypted with the active key (null stays null). */
    public String seal(String plaintext, String field) {
        if (active == null || plaintext == null) {
            return plaintext;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, active.encryption(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + TRANSFORMATION, e);
        }
    }

    /**
     * The plaintext of a value stored in {@code field} by a record whose key id is {@code keyId}
     * (null: stored in plain text).
     *
     * @throws UndecryptableRecordException when that key is not configured, or the value does not
     *     decrypt with it (another key under the same id, or altered data): never a garbled value
     */
    public String open(String keyId, String stored, String field) {
        if (keyId == null || stored == null) {
            return stored;
        }
        DataKey key = dataKey(keyId);
        try {
            byte[] bytes = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key.encryption(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new UndecryptableRecordException("a stored " + field + " does not decrypt with encryption key '" + keyId
                    + "': the key is not the one it was encrypted with, or the data was altered");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + TRANSFORMATION, e);
        }
    }

    /** The value to store for looking {@code value} up by equality: its keyed hash under the active key (itself without keys). */
    public String lookup(String value) {
        if (active == null || value == null) {
            return value;
        }
        return lookup(active, value);
    }

    /**
     * Every stored form {@code value} may have: its keyed hash under each configured key (records
     * not yet re-encrypted since a rotation) and the value itself (records stored before encryption was on).
     */
    public List<String> lookups(String value) {
        return everyForm(value, RecordCipher::lookup);
    }

    /** The value itself, then its form under each configured key. */
    private List<String> everyForm(String value, BiFunction<DataKey, String, String> underKey) {
        List<String> forms = new ArrayList<>();
        forms.add(value);
        keys.values().forEach(key -> forms.add(underKey.apply(key, value)));
        return forms;
    }

    private static String lookup(DataKey key, String value) {
        return "h:" + key.id() + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, value));
    }

    /**
     * The token a search index holds for a term: a keyed hash of it under the active key (letters
     * and digits only, so full-text engines take it as one word), or the term itself without keys.
     */
    public String searchToken(String term) {
        return active == null ? term : searchToken(active, term);
    }

    /** Every token a term may be indexed under: the term itself and its keyed hash under each configured key. */
    public List<String> searchTokens(String term) {
        return everyForm(term, RecordCipher::searchToken);
    }

    private static String searchToken(DataKey key, String term) {
        return "k" + HexFormat.of().formatHex(mac(key, "search term:" + term), 0, SEARCH_TOKEN_BYTES);
    }

    private static byte[] mac(DataKey key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key.lookup());
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    private DataKey dataKey(String keyId) {
        DataKey key = keys.get(keyId);
        if (key == null) {
            throw new UndecryptableRecordException("records are encrypted with key '" + keyId
                    + "', which privacy.encryptionKeys does not hold");
        }
        return key;
    }

    private static byte[] hmac(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    /** Whether two check values are equal, in constant time. */
    public static boolean sameCheckValue(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
