package dev.chatdesk.models.training;

import dev.chatdesk.models.encoder.EncoderSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The cache key of a trained model: a hash of its training data, settings and encoder. */
final class Fingerprints {
    private static final String FORMAT_VERSION = "nlu-2";

    private Fingerprints() {}

    /** The cache key of a model trained on this data with these settings from this encoder. */
    static String of(TrainingData data, TrainingSettings settings, EncoderSource encoder) {
        return hash(encoder.fingerprint() + "|" + settings + "|" + data.fingerprint());
    }

    /**
     * What models must share for one to be trained on from the other: encoder, settings,
     * out-of-scope label and sentiment data; their intent examples may differ.
     */
    static String lineage(TrainingData data, TrainingSettings settings, EncoderSource encoder) {
        return hash("lineage|" + encoder.fingerprint() + "|" + settings + "|" + data.fingerprintWithoutIntentExamples());
    }

    private static String hash(String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((FORMAT_VERSION + "|" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
