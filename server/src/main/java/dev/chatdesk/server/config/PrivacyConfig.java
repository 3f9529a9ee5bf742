package dev.chatdesk.server.config;

/**
 * How customers' data is protected at rest.
 *
 * @param encryptionKeys the keys that encrypt message text and customer details, as
 *     {@code ID:BASE64} pairs (256-bit keys); unset: stored in plain text, with a warning at start
 * @param activeKeyId the key that encrypts new records; the others only decrypt older ones until
 *     {@code ./chatdesk privacy rotate} has re-encrypted them
 * @param retentionDays closed conversations older than this many days are erased by a daily job; 0 keeps them
 * @param redact where personal data in text is masked
 */
public record PrivacyConfig(
        @Key(pairs = true, doc = "Keys that encrypt message text and customer details at rest (AES-256-GCM): a mapping "
                + "of key ids to base64 256-bit keys in the file, ID:BASE64 pairs separated by commas in the "
                + "environment. Unset: stored in plain text, with a warning at start.")
        Secret encryptionKeys,
        @Key(derivedDefault = "the only key, when there is one", doc = "The id of the key that encrypts new "
                + "records; the other keys only decrypt older records until `./chatdesk privacy rotate` re-encrypts them.")
        String activeKeyId,
        @Key(defaultValue = "0", min = 0, max = 36500, doc = "Closed conversations last changed more than this many days "
                + "ago are erased (with customers left with none) by a job at start and then daily; 0 keeps them.")
        int retentionDays,
        @Key(defaultValue = "log", doc = "Where card numbers, IBANs, e-mail addresses, phone and ID numbers are masked: "
                + "`log` (every line the server logs), `store` (also stored message text; agents see the masked form "
                + "and reveal the original, audited; the customer sees what they typed while chatting), `off`.")
        Redaction redact) {}
