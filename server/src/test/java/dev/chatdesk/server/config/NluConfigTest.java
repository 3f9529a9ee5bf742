package dev.chatdesk.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chatdesk.models.serving.BatchingSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nlu keys adjust the model's serving defaults. */
class NluConfigTest {
    @TempDir
    Path dir;

    @Test
    void keysReplaceOnlyTheModelDefaultsTheySet() {
        BatchingSettings defaults = BatchingSettings.defaults();
        BatchingSettings settings = ConfigFiles.loadYaml(dir, "nlu:", "  workers: 3").nlu().applyTo(defaults);
        assertEquals(defaults.withWorkers(3), settings);
    }

    @Test
    void queueSmallerThanABatchFailsNamingTheSection() {
        NluConfig nlu = ConfigFiles.loadYaml(dir, "nlu:", "  maxBatch: 64", "  queueCapacity: 8").nlu();
        ConfigException failure = assertThrows(ConfigException.class, () -> nlu.applyTo(BatchingSettings.defaults()));
        assertEquals("configuration keys under 'nlu' do not fit together: queueCapacity must be at least maxBatch, was 8",
                failure.getMessage());
    }
}
