package dev.chatdesk.models.training;

import dev.chatdesk.models.encoder.EncoderSource;
import dev.chatdesk.models.nlu.TrainedNlu;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Trained models under a data directory, one folder per hash of training data, settings and
 * pretrained encoder, so a restart or a repeated command loads instead of retraining. Safe for one
 * process at a time.
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

    /** Where the model of this data and these settings, fine-tuned from this encoder, is (or will be) kept. */
    public Path directoryFor(TrainingData data, TrainingSettings settings, EncoderSource encoder) {
        return root.resolve(Fingerprints.of(data, settings, encoder));
    }

    /** Loads the model of this data, settings and encoder, training and saving it first if needed. */
    public TrainedNlu trainOrLoad(TrainingData data, TrainingSettings settings, EncoderSource encoder,
            TrainingProgress progress) throws IOException {
        Path directory = directoryFor(data, settings, encoder);
        if (TrainedNlu.isSaved(directory)) {
            progress.note("loading the trained model from " + directory);
            TrainedNlu model = TrainedNlu.load(directory);
            if (model.hasExampleIndex() || data.intents().isEmpty()) {
                return model;
            }
            progress.note("the model has no example index yet: adding out-of-scope detection");
            try {
                TrainedNlu upgraded = new NluTrainer(encoder, settings, progress).addOutOfScopeDetection(model, data);
                upgraded.save(directory);
                return upgraded;
            } catch (IOException | RuntimeException e) {
                model.close();
                throw e;
            }
        }
        TrainedNlu model = new NluTrainer(encoder, settings, progress).train(data);
        model.save(directory);
        progress.note("saved the trained model to " + directory);
        return model;
    }
}
