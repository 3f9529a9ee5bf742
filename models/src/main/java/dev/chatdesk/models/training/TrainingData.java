package dev.chatdesk.models.training;

import dev.chatdesk.models.data.LabelledText;
import dev.chatdesk.models.data.SentimentExample;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the NLU learns from: labelled intent examples (possibly with an out-of-scope label) and
 * customer-service sentiment examples. Either part may be empty, not both.
 *
 * @param intents intent examples
 * @param oosLabel the label of out-of-scope examples among {@code intents}, if any
 * @param sentiment sentiment and anger examples
 */
public record TrainingData(
        List<LabelledText> intents, Optional<String> oosLabel, List<SentimentExample> sentiment) {

    /** Checks there is something to learn and the out-of-scope label occurs. */
    public TrainingData {
        intents = List.copyOf(intents);
        sentiment = List.copyOf(sentiment);
        if (intents.isEmpty() && sentiment.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        if (!intents.isEmpty() && labels(intents).size() < 2) {
            throw new IllegalArgumentException("intent training needs at least two labels");
        }
        List<LabelledText> examples = intents;
        oosLabel.ifPresent(label -> {
            if (examples.stream().noneMatch(e -> e.label().equals(label))) {
                throw new IllegalArgumentException("no example is labelled with the out-of-scope label '" + label + "'");
            }
        });
    }

    /** The intent labels in sorted order: the intent head's classes. */
    public List<String> intentLabels() {
        return labels(intents);
    }

    private static List<String> labels(List<LabelledText> examples) {
        return List.copyOf(new TreeSet<>(examples.stream().map(LabelledText::label).toList()));
    }

    /** A hash of every example and label, to key a cache of trained models. */
    public String fingerprint() {
        return hash(intents);
    }

    /**
     * A hash of everything but the intent examples: the out-of-scope label and the sentiment
     * data, which a model must share with another to be trained on from it.
     */
    public String fingerprintWithoutIntentExamples() {
        return hash(List.of());
    }

    private String hash(List<LabelledText> intentExamples) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (LabelledText e : intentExamples) {
                update(digest, "i", e.text(), e.label());
            }
            update(digest, "o", oosLabel.orElse(""));
            for (SentimentExample e : sentiment) {
                update(digest, "s", e.text(), e.sentiment().name(), Double.toString(e.anger()));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String... fields) {
        for (String field : fields) {
            digest.update(field.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
    }
}
