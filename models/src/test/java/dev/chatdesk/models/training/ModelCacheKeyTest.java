package dev.chatdesk.models.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.chatdesk.models.data.LabelledText;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.encoder.TinyTorchScriptEncoder;
import dev.chatdesk.models.encoder.TorchScriptEncoder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trained models are cached by data, settings and the encoder they were fine-tuned from. */
class ModelCacheKeyTest {
    private static final TrainingData DATA = new TrainingData(
            List.of(new LabelledText("where is my order", "order_status"), new LabelledText("hello", "greet")),
            Optional.empty(), List.of());
    private static final ModelCache CACHE = new ModelCache(Path.of("models"));

    @Test
    void modelsOfTheDefaultEncoderKeepTheCacheDirectoriesTheyHadBefore() {
        // Computed with the code before bots could bring their own encoder: a cache survives the upgrade.
        assertEquals(Path.of("models", "6f6446db9ffbd2d42ef63b5b"),
                CACHE.directoryFor(DATA, TrainingSettings.defaults(), PretrainedEncoder.defaultEncoder()));
    }

    @Test
    void aBotsOwnEncoderGetsItsOwnCacheDirectory(@TempDir Path temp) throws Exception {
        TorchScriptEncoder own = TorchScriptEncoder.fromDirectory(TinyTorchScriptEncoder.writeTo(temp.resolve("tiny")));
        assertNotEquals(CACHE.directoryFor(DATA, TrainingSettings.defaults(), PretrainedEncoder.defaultEncoder()),
                CACHE.directoryFor(DATA, TrainingSettings.defaults(), own));
    }
}
