package dev.chatdesk.server.bench;

import dev.chatdesk.models.serving.BatchingPredictor;

/**
 * The work the encoders have done so far: the NLU model's texts encoded and passes run, and the
 * texts the sentence encoder embedded (to choose an answer, to search the help articles). Over a
 * stretch of load, the NLU's texts per pass is its mean batch, which says how well the model's time
 * was used, and the sentence encoder's texts per message say how much encoder work a turn adds.
 *
 * @param texts texts the NLU model encoded
 * @param passes encoder passes the NLU model ran
 * @param sentenceTexts texts the sentence encoder embedded
 */
record EncoderWork(long texts, long passes, long sentenceTexts) {
    /** The work of this predictor so far (it has no sentence encoder). */
    static EncoderWork of(BatchingPredictor predictor) {
        return new EncoderWork(predictor.encodedTexts(), predictor.batches(), 0);
    }

    /** The work done since {@code earlier}. */
    EncoderWork since(EncoderWork earlier) {
        return new EncoderWork(texts - earlier.texts, passes - earlier.passes, sentenceTexts - earlier.sentenceTexts);
    }

    /** Texts per NLU pass; NaN when no pass ran. */
    double meanBatch() {
        return passes == 0 ? Double.NaN : (double) texts / passes;
    }
}
