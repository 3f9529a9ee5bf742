package dev.chatdesk.models.nlu;

/**
 * The raw outputs of the network for one text, as probabilities.
 *
 * @param intentProbabilities one per intent class in {@link NluSpec#intents()} order, or null
 * @param sentimentProbabilities negative, neutral, positive, or null
 * @param anger the anger probability, or NaN without a sentiment head
 * @param exampleSimilarity the mean cosine similarity of the text's embedding to its nearest
 *     in-scope training examples, or NaN for a model without an example index
 */
public record NluScores(
        float[] intentProbabilities, float[] sentimentProbabilities, float anger, float exampleSimilarity) {

    /** The index of the most likely intent. */
    public int topIntent() {
        return argMax(intentProbabilities);
    }

    /** The index of the largest value. */
    public static int argMax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
