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
        boolean sentiment,
        int maxTokens,
        String fingerprint,
        double trainSeconds,
        Map<String, Double> heldOut) {

    /** The head layout these settings describe. */
    public HeadLayout layout() {
        return new HeadLayout(intents.size(), sentiment);
    }
}
