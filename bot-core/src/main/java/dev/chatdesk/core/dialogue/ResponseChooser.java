package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.BotResponse;
import dev.chatdesk.core.kb.TextEmbedder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;
import java.util.random.RandomGenerator;

/**
 * Picks which of an intent's answers fits the customer's message: those whose keywords the
 * message contains come first; among the rest, the one closest in meaning to the message (the
 * sentence encoder's cosine), else one at random. Thread-safe; a {@link Chosen} is read by one thread.
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

    /** The variation to say for this message ("" for a greeting, which has none). */
    Chosen choose(String message, List<BotResponse> variations) {
        List<BotResponse> keyed = variations.stream().filter(r -> !r.keywords().isEmpty() && mentionsAny(message, r.keywords())).toList();
        List<BotResponse> candidates = !keyed.isEmpty() ? keyed
                : variations.stream().filter(r -> r.keywords().isEmpty()).toList();
        if (candidates.isEmpty()) {
            candidates = variations;
        }
        if (embedder == null || message.isBlank()) {
            return new Chosen(candidates.get(random.nextInt(candidates.size())), () -> Double.NaN);
        }
        if (candidates.size() == 1) {
            BotResponse only = candidates.get(0);
            return new Chosen(only, () -> cosine(embed(message), vector(only.text())));
        }
        float[] asked = embed(message);
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

    private float[] embed(String text) {
        return embedder.embed(List.of(text)).get(0);
    }

    private float[] vector(String text) {
        return responseVectors.computeIfAbsent(text, this::embed);
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
