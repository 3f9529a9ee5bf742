package dev.chatdesk.server.config;

import dev.chatdesk.models.serving.BatchingSettings;

/**
 * How the NLU model (and, batched the same way, the sentence encoder) serves messages. A null
 * field keeps the model's own default.
 *
 * @param workers inference threads
 * @param maxBatch the most messages in one encoder pass
 * @param cacheSize how many recent texts' results the NLU model and the sentence encoder each cache
 * @param queueCapacity the most messages waiting before new ones are turned away
 * @param retrainCheckSeconds how often the bot's directory is checked for changed intents (0: never)
 * @param trainOtherLanguagesAfterStart whether languages after the bot's first whose model is not
 *     cached yet train after the server is up, instead of before
 */
public record NluConfig(
        @Key(min = 1, derivedDefault = "the model's default", doc = "Inference threads.")
        Integer workers,
        @Key(min = 1, derivedDefault = "the model's default", doc = "Most messages in one encoder pass.")
        Integer maxBatch,
        @Key(min = 0, derivedDefault = "the model's default", doc = "Recent texts whose results are cached, by the NLU model and by the sentence encoder "
                + "(answer choice, article search) each; 0 turns the caches off.")
        Long cacheSize,
        @Key(min = 1, derivedDefault = "the model's default",
                doc = "Most messages waiting for the model; more are turned away as overload.")
        Integer queueCapacity,
        @Key(defaultValue = "2", min = 0,
                doc = "How often, in seconds, the bot's directory (--bot) is checked for changed intent examples; a change "
                        + "is trained in the background (from the current model when it is small) and the new model "
                        + "replaces the old one without losing a message. 0 turns the check off.")
        int retrainCheckSeconds,
        @Key(defaultValue = "true",
                doc = "Whether the models of the bot's other languages (after its first) that are not trained yet train in the "
                        + "background once the server is up, so a first start is ready sooner; until a language's model serves, "
                        + "its messages are answered from the help articles. false: every model is ready before the server starts.")
        boolean trainOtherLanguagesAfterStart) {
    /**
     * The model's {@code defaults} with the fields set here put in their place.
     *
     * @throws ConfigException if the result does not fit together (a queue smaller than a batch)
     */
    public BatchingSettings applyTo(BatchingSettings defaults) {
        try {
            return new BatchingSettings(
                    maxBatch == null ? defaults.maxBatch() : maxBatch,
                    defaults.maxWait(),
                    queueCapacity == null ? defaults.queueCapacity() : queueCapacity,
                    cacheSize == null ? defaults.cacheSize() : cacheSize,
                    workers == null ? defaults.workers() : workers);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("configuration keys under 'nlu' do not fit together: " + e.getMessage(), e);
        }
    }
}
