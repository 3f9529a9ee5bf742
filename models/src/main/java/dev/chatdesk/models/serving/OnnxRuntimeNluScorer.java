package dev.chatdesk.models.serving;

import dev.chatdesk.core.nlu.NluResult;
import dev.chatdesk.models.bert.BertEncoder;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.nlu.NluScores;
import dev.chatdesk.models.nlu.PooledScorer;
import dev.chatdesk.models.nlu.TrainedNlu;
import dev.chatdesk.models.text.TokenBatch;
import java.util.List;
import java.util.Optional;

/**
 * A trained model's results as the bot sees them, its encoder run by ONNX Runtime: the ONNX file of
 * the default encoder the model's BERT was imported from, with the fine-tuned weights written over
 * the pretrained ones ({@link PretrainedEncoder#onnxFileWith}), pooled as the encoder's spec says;
 * then the heads and the example similarity in plain Java ({@link PooledScorer}) and the model's
 * own {@link TrainedNlu#toResult}. Gives what {@link TrainedNlu#score} gives, to within 1e-4, with
 * the weights the model had when the scorer was made. Thread-safe.
 */
final class OnnxRuntimeNluScorer implements BatchScorer<NluResult> {
    private final TrainedNlu model;
    private final OnnxRuntimeBert encoder;
    private final PooledScorer heads;

    /**
     * Loads the model's encoder into ONNX Runtime for workers as {@code settings} has them.
     *
     * @throws IllegalArgumentException if the model's encoder has no {@link #origin}
     */
    OnnxRuntimeNluScorer(TrainedNlu model, BatchingSettings settings) {
        PretrainedEncoder origin = origin(model).orElseThrow(() -> new IllegalArgumentException(
                "ONNX Runtime runs BERT encoders of the default encoders' sizes; this model's is "
                        + model.spec().encoder()));
        BertEncoder fineTuned = (BertEncoder) model.network().encoder();
        this.model = model;
        this.encoder = new OnnxRuntimeBert(origin.onnxFileWith(fineTuned), fineTuned.config(),
                "the model fine-tuned from " + origin.fingerprint(), settings);
        this.heads = PooledScorer.of(model);
    }

    /**
     * The default encoder whose ONNX graph runs the model's encoder: the one of the same sizes and
     * pooling, when the model's encoder is a BERT of our DJL blocks (imported from ONNX), none for
     * another encoder (a bot's own TorchScript module).
     */
    static Optional<PretrainedEncoder> origin(TrainedNlu model) {
        return model.network().encoder() instanceof BertEncoder bert
                ? PretrainedEncoder.defaultOf(bert.config())
                : Optional.empty();
    }

    @Override
    public long[] tokenize(String text) {
        return model.tokenizer().ids(text);
    }

    @Override
    public List<NluResult> score(TokenBatch batch) {
        return scores(batch).stream().map(model::toResult).toList();
    }

    /** The network's scores of a padded batch, one per row, as {@link TrainedNlu#score} gives them. */
    List<NluScores> scores(TokenBatch batch) {
        return heads.score(encoder.pooled(batch));
    }

    @Override
    public void close() {
        try {
            encoder.close();
        } finally {
            model.close();
        }
    }
}
