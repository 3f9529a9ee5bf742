package dev.chatdesk.models.nlu;

import dev.chatdesk.models.bert.EncoderSpec;
import java.util.List;
import java.util.Map;

/**
 * Everything about a trained NLU model except its weights, saved as {@code nlu.json} beside them.
 *
 * @param encoder the encoder's kind and sizes
 * @param intents the intent head's classes in order (empty without an intent head)
 * @param oosLabel the out-of-scope class among {@code intents}, or null
 * @param confidenceThreshold under this top-intent probability a message is out of scope
 * @param similarityThreshold under this similarity to the nearest in-scope training examples
 *     (see {@link NluScores#exampleSimilarity}) a message is out of scope
 * @param neighbours how many nearest training examples that similarity averages; 0 for a model
 *     without an example index (saved before there was one, or without intents)
 * @param sentiment whether the model has the sentiment and anger heads
 * @param maxTokens the longest input in tokens; longer texts are truncated
 * @param fingerprint the hash of training data and settings the model was trained from
 * @param trainSeconds how long training took
 * @param heldOut scores on the held-out split at the end of training
 */
public record NluSpec(
        EncoderSpec encoder,
        List<String> intents,
        String oosLabel,
        double confidenceThreshold,
        double similarityThreshold,
        int neighbours,
        boolean sentiment,
        int maxTokens,
        String fingerprint,
        double trainSeconds,
        Map<String, Double> heldOut) {

    /** These settings with another out-of-scope rule and the held-out scores it was chosen on. */
    public NluSpec withOutOfScopeRule(double confidenceThreshold, double similarityThreshold, int neighbours,
            Map<String, Double> heldOut) {
        return new NluSpec(encoder, intents, oosLabel, confidenceThreshold, similarityThreshold, neighbours,
                sentiment, maxTokens, fingerprint, trainSeconds, heldOut);
    }

    /** The head layout these settings describe. */
    public HeadLayout layout() {
        return new HeadLayout(intents.size(), sentiment);
    }
}
