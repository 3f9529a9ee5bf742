package dev.chatdesk.models.training;

import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.nlu.TrainedNlu;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Trained models under a data directory, one folder per hash of training data and settings, so a
 * restart or a repeated command loads instead of retraining. Safe for one process at a time.
 */
public final class ModelCache {
    private final Path root;

    /** A cache in {@code root} (created when the first model is saved). */
    public ModelCache(Path root) {
        this.root = root;
    }

    /** The cache of a Chatdesk data directory: its {@code models/} folder. */
    public static ModelCache inDataDirectory(Path dataDirectory) {
        return new ModelCache(dataDirectory.resolve("models"));
    }

    /** Where the model of this data and these settings is (or will be) kept. */
    public Path directoryFor(TrainingData data, TrainingSettings settings) {
        return root.resolve(Fingerprints.of(data, settings));
    }

    /** Loads the model of this data and these settings, training and saving it first if needed. */
    public TrainedNlu trainOrLoad(TrainingData data, TrainingSettings settings, TrainingProgress progress)
            throws IOException {
        Path directory = directoryFor(data, settings);
        if (TrainedNlu.isSaved(directory)) {
            progress.note("loading the trained model from " + directory);
            return TrainedNlu.load(directory);
        }
        TrainedNlu model = new NluTrainer(PretrainedEncoder.defaultEncoder(), settings, progress).train(data);
        model.save(directory);
        progress.note("saved the trained model to " + directory);
        return model;
    }
}
