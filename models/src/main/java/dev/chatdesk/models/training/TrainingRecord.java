package dev.chatdesk.models.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatdesk.models.data.LabelledText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * How a cached model was trained, saved beside it as {@code training.json}, so that a later
 * training of slightly changed data can start from it: which intent examples it trained on and
 * which it held out, and the lineage (encoder, settings, out-of-scope label, sentiment data) a
 * model must share to start from it.
 *
 * @param lineage what a model must have in common with this one to be trained on from it
 * @param how {@code full} (from the pretrained encoder) or {@code incremental}
 * @param startedFrom the cache key of the model an incremental training started from, else null
 * @param intentTrain the intent examples trained on
 * @param intentHeldOut the intent examples held out, never trained on in this model's lineage
 */
record TrainingRecord(String lineage, String how, String startedFrom, List<LabelledText> intentTrain,
        List<LabelledText> intentHeldOut) {
    static final String FILE = "training.json";
    static final String FULL = "full";
    static final String INCREMENTAL = "incremental";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Writes the record into a model's directory (before the model, whose spec comes last). */
    void save(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path temporary = directory.resolve(FILE + ".tmp");
        JSON.writeValue(temporary.toFile(), this);
        Files.move(temporary, directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The record saved in a model's directory; empty for a model saved without one, or unreadable. */
    static Optional<TrainingRecord> load(Path directory) {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), TrainingRecord.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
