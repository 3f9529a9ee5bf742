package dev.chatdesk.server.config;

import dev.chatdesk.storage.crypto.RecordCipher;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the store's {@link RecordCipher} from {@code privacy.encryptionKeys} and {@code privacy.activeKeyId}. */
public final class EncryptionKeysParser {
    private EncryptionKeysParser() {}

    /**
     * The cipher the keys configure; a plain one when none is set.
     *
     * @throws ConfigException saying what is wrong: a pair that is not {@code ID:BASE64}, a key that
     *     is not 256 bits, an active id that names no key, or several keys and no active id
     */
    public static RecordCipher cipher(PrivacyConfig privacy) {
        String pairs = Secret.valueOf(privacy.encryptionKeys());
        if (pairs == null) {
            if (privacy.activeKeyId() != null) {
                throw new ConfigException("privacy.activeKeyId is set but privacy.encryptionKeys holds no key");
            }
            return RecordCipher.plain();
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String pair : pairs.split(",")) {
            int colon = pair.indexOf(':');
            String id = colon < 0 ? "" : pair.substring(0, colon).strip();
            if (id.isEmpty() || !id.matches("[A-Za-z0-9._-]{1,32}")) {
                throw new ConfigException("privacy.encryptionKeys must be ID:BASE64 pairs separated by commas, with ids of "
                        + "letters, digits, dots, dashes or underscores");
            }
            try {
                keys.put(id, Base64.getDecoder().decode(pair.substring(colon + 1).strip()));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("privacy.encryptionKeys: the key '" + id + "' is not valid base64");
            }
        }
        String active = privacy.activeKeyId();
        if (active == null && keys.size() > 1) {
            throw new ConfigException("privacy.activeKeyId must say which of the keys " + keys.keySet() + " encrypts new records");
        }
        try {
            return RecordCipher.withKeys(keys, active == null ? keys.keySet().iterator().next() : active);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("privacy.encryptionKeys: " + e.getMessage());
        }
    }
}
