package dev.chatdesk.models.training;

import dev.chatdesk.models.encoder.EncoderSource;
import dev.chatdesk.models.nlu.TrainedNlu;

/**
 * Fine-tunes the pretrained encoder together with the intent, sentiment and anger heads on the
 * PyTorch engine (autograd, AdamW, warm-up then linear decay, label smoothing), stopping early on
 * a held-out split and calibrating the out-of-scope threshold on it.
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
}
