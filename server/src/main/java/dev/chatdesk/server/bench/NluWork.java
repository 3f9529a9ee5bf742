package dev.chatdesk.server.bench;

import dev.chatdesk.models.serving.BatchingPredictor;

/**
 * The work a model has done so far: texts encoded and encoder passes run. Over a stretch of load,
 * texts per pass is the mean batch, which says how well the model's time was used.
 *
 * @param texts texts encoded
 * @param passes encoder passes run
 */
record NluWork(long texts, long passes) {
    /** The work of this predictor so far. */
    static NluWork of(BatchingPredictor predictor) {
        return new NluWork(predictor.encodedTexts(), predictor.batches());
    }

    /** The work done since {@code earlier}. */
    NluWork since(NluWork earlier) {
        return new NluWork(texts - earlier.texts, passes - earlier.passes);
    }

    /** Texts per pass; NaN when no pass ran. */
    double meanBatch() {
        return passes == 0 ? Double.NaN : (double) texts / passes;
    }
}
