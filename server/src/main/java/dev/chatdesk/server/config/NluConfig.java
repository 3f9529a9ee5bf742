package dev.chatdesk.server.config;

import dev.chatdesk.models.serving.BatchingSettings;

/**
 * How the NLU model serves messages. A null field keeps the model's own default.
 *
 * @param workers inference threads
 * @param maxBatch the most messages in one encoder pass
 * @param cacheSize how many recent texts' results are cached
 * @param queueCapacity the most messages waiting before new ones are turned away
 * @param retrainCheckSeconds how often the bot's directory is checked for changed intents (0: never)
 */
public record NluConfig(
        @Key(min = 1, derivedDefault = "the model's default", doc = "Inference threads.")
        Integer workers,
        @Key(min = 1, derivedDefault = "the model's default", doc = "Most messages in one encoder pass.")
        Integer maxBatch,
        @Key(min = 0, derivedDefault = "the model's default", doc = "Recent texts whose results are cached; 0 turns the cache off.")
        Long cacheSize,
        @Key(min = 1, derivedDefault = "the model's default",
                doc = "Most messages waiting for the model; more are turned away as overload.")
        Integer queueCapacity,
        @Key(defaultValue = "2", min = 0,
                doc = "How often, in seconds, the bot's directory (--bot) is checked for changed intent examples; a change "
                        + "is trained in the background (from the current model when it is small) and the new model "
                        + "replaces the old one without losing a message. 0 turns the check off.")
        int retrainCheckSeconds) {
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
