package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.BotResponse;
import dev.chatdesk.core.kb.TextEmbedder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Picks which of an intent's answers fits the customer's message: those whose keywords the
 * message contains come first; among the rest, the one closest in meaning to the message (the
 * sentence encoder's cosine), else one at random. The message is embedded as a question, as the
 * knowledge base embeds it, so one vector serves both the choice and an article search. Thread-safe;
 * a {@link Chosen} and a message's vector are used by one thread.
 */
final class ResponseChooser {
    private final TextEmbedder embedder;
    private final RandomGenerator random;
    private final Map<String, float[]> responseVectors = new ConcurrentHashMap<>();

    /** Chooses by meaning with the embedder (null: by keywords, then at random). */
    ResponseChooser(TextEmbedder embedder, RandomGenerator random) {
        this.embedder = embedder;
        this.random = random;
    }

    /**
     * A variation chosen for a message, and how close in meaning it is to the message: the cosine,
     * -1 to 1, or NaN when not compared. With a single variation to say, the closeness is measured
     * only if asked for: most turns never ask, and measuring costs an encoder pass.
     */
    static final class Chosen {
        private final BotResponse response;
        private DoubleSupplier measure;
        private double fit;

        private Chosen(BotResponse response, DoubleSupplier measure) {
            this.response = response;
            this.measure = measure;
        }

        /** What to say. */
        BotResponse response() {
            return response;
        }

        /** How close in meaning it is to the message (cosine, -1 to 1; NaN when not compared). */
        double fit() {
            if (measure != null) {
                fit = measure.getAsDouble();
                measure = null;
            }
            return fit;
        }
    }

    /**
     * The message's vector as a question ({@link TextEmbedder#embedQuery}), embedded when first
     * asked for and then kept; null without an embedder or words.
     */
    Supplier<float[]> vectorOf(String message) {
        if (embedder == null || message.isBlank()) {
            return null;
        }
        return new Supplier<>() {
            private float[] vector;

            @Override
            public float[] get() {
                if (vector == null) {
                    vector = embedder.embedQuery(message);
                }
                return vector;
            }
        };
    }

    /**
     * The variation to say for this message ("" for a greeting, which has none), with the message's
     * vector from {@link #vectorOf} (null: by keywords, then at random).
     */
    Chosen choose(String message, Supplier<float[]> messageVector, List<BotResponse> variations) {
        List<BotResponse> keyed = variations.stream().filter(r -> !r.keywords().isEmpty() && mentionsAny(message, r.keywords())).toList();
        List<BotResponse> candidates = !keyed.isEmpty() ? keyed
                : variations.stream().filter(r -> r.keywords().isEmpty()).toList();
        if (candidates.isEmpty()) {
            candidates = variations;
        }
        if (messageVector == null) {
            return new Chosen(candidates.get(random.nextInt(candidates.size())), () -> Double.NaN);
        }
        if (candidates.size() == 1) {
            BotResponse only = candidates.get(0);
            return new Chosen(only, () -> cosine(messageVector.get(), vector(only.text())));
        }
        float[] asked = messageVector.get();
        BotResponse best = candidates.get(0);
        double bestFit = Double.NEGATIVE_INFINITY;
        for (BotResponse candidate : candidates) {
            double fit = cosine(asked, vector(candidate.text()));
            if (fit > bestFit) {
                best = candidate;
                bestFit = fit;
            }
        }
        double closeness = bestFit;
        return new Chosen(best, () -> closeness);
    }

    private float[] vector(String text) {
        return responseVectors.computeIfAbsent(text, t -> embedder.embed(List.of(t)).get(0));
    }

    private static boolean mentionsAny(String message, List<String> keywords) {
        String said = message.toLowerCase(Locale.ROOT);
        return keywords.stream().anyMatch(k -> Words.containsWordStart(said, k.toLowerCase(Locale.ROOT)));
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
