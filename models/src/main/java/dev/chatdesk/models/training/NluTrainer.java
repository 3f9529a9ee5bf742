package dev.chatdesk.models.training;

import dev.chatdesk.models.encoder.EncoderSource;
import dev.chatdesk.models.nlu.TrainedNlu;
import java.util.Random;

/**
 * Fine-tunes the pretrained encoder together with the intent, sentiment and anger heads on the
 * PyTorch engine (autograd, AdamW, warm-up then linear decay, label smoothing), stopping early on
 * a held-out split and calibrating out-of-scope detection on it.
 */
public final class NluTrainer {
    private final EncoderSource pretrained;
    private final TrainingSettings settings;
    private final TrainingProgress progress;

    /** A trainer starting from the given pretrained encoder. */
    public NluTrainer(EncoderSource pretrained, TrainingSettings settings, TrainingProgress progress) {
        this.pretrained = pretrained;
        this.settings = settings;
        this.progress = progress;
    }

    /** Trains a model on the data; the caller owns (and closes) the result. */
    public TrainedNlu train(TrainingData data) {
        return new TrainingRun(pretrained, settings, progress, data).run();
    }

    /**
     * Gives a model trained on this data with these settings, but saved before models had an
     * example index, its index and out-of-scope rule, without training again. The result takes
     * over the model: use and close only the result.
     */
    public TrainedNlu addOutOfScopeDetection(TrainedNlu model, TrainingData data) {
        return OutOfScopeFitting.fit(model, TrainingRun.intentSplit(data, settings, new Random(settings.seed())),
                data.oosLabel(), settings.seed());
    }
}
