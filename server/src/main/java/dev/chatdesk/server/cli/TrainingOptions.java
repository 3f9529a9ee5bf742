package dev.chatdesk.server.cli;

import dev.chatdesk.models.encoder.EncoderSource;
import dev.chatdesk.models.nlu.TrainedNlu;
import dev.chatdesk.models.training.ModelCache;
import dev.chatdesk.models.training.TrainingData;
import dev.chatdesk.models.training.TrainingSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of commands that train (or load a cached) model: {@code --epochs}, {@code --data-dir}. */
final class TrainingOptions {
    @Option(names = "--epochs", description = "At most this many training epochs (default: ${DEFAULT-VALUE}).")
    int epochs = TrainingSettings.defaults().maxEpochs();

    @Option(names = "--data-dir", defaultValue = "./data",
            description = "Data directory; trained models are cached under its models/ (default: ${DEFAULT-VALUE}).")
    Path dataDirectory;

    TrainingSettings settings() {
        return TrainingSettings.defaults().withMaxEpochs(epochs);
    }

    ModelCache cache() {
        return ModelCache.inDataDirectory(dataDirectory);
    }

    /**
     * The model of this data fine-tuned from this encoder: loaded from the cache, or trained
     * (showing progress) and cached.
     */
    TrainedNlu trainOrLoad(TrainingData data, EncoderSource encoder, PrintWriter progress) throws IOException {
        return cache().trainOrLoad(data, settings(), encoder, new ConsoleProgress(progress));
    }

    /**
     * The model of this data fine-tuned from this encoder, and how it came: loaded, trained on
     * from the closest cached model, or (always with {@code full}) trained from the encoder.
     */
    ModelCache.Outcome obtain(TrainingData data, EncoderSource encoder, PrintWriter progress, boolean full)
            throws IOException {
        return cache().obtain(data, settings(), encoder, new ConsoleProgress(progress),
                full ? ModelCache.Mode.FULL : ModelCache.Mode.INCREMENTAL_WHEN_POSSIBLE);
    }
}
