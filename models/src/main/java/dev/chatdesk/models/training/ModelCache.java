package dev.chatdesk.models.training;

import dev.chatdesk.models.data.LabelledText;
import dev.chatdesk.models.encoder.EncoderSource;
import dev.chatdesk.models.nlu.TrainedNlu;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Trained models under a data directory, one folder per hash of training data, settings and
 * pretrained encoder, so a restart or a repeated command loads instead of retraining. A model of
 * data not seen before starts, when it can, from the cached model of the same lineage whose intent
 * examples differ least ({@link IncrementalRun}), else trains in full. Safe for one process at a
 * time.
 */
public final class ModelCache {
    /** Incremental models kept per chain of trainings on (see {@link #prune}). */
    static final int KEPT_PER_CHAIN = 3;

    /** Whether a model may start from an earlier one. */
    public enum Mode {
        /** Loaded when cached; else from the closest earlier model when the examples changed a little, else in full. */
        INCREMENTAL_WHEN_POSSIBLE,
        /** Always trained, from the pretrained encoder. */
        FULL
    }

    /**
     * A model and how it was obtained.
     *
     * @param model the model; the caller owns (and closes) it
     * @param how {@code cached}, {@code full} or {@code incremental}
     * @param summary what was done and measured, in a sentence
     */
    public record Outcome(TrainedNlu model, String how, String summary) {}

    /** A cached model of the same lineage and how the data differs from its. */
    private record Earlier(Path directory, IncrementalRun.Plan plan) {
        int differences() {
            return plan.changed().size() + plan.removed();
        }
    }

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

    /** Whether the model of this data, settings and encoder is saved here. */
    public boolean isCached(TrainingData data, TrainingSettings settings, EncoderSource encoder) {
        return TrainedNlu.isSaved(directoryFor(data, settings, encoder));
    }

    /** Loads the model of this data, settings and encoder, training and saving it first if needed (incrementally when possible). */
    public TrainedNlu trainOrLoad(TrainingData data, TrainingSettings settings, EncoderSource encoder,
            TrainingProgress progress) throws IOException {
        return obtain(data, settings, encoder, progress, Mode.INCREMENTAL_WHEN_POSSIBLE).model();
    }

    /**
     * The model of this data, settings and encoder: loaded when cached (unless {@code mode} is
     * {@link Mode#FULL}, which always trains), else trained and saved.
     */
    public Outcome obtain(TrainingData data, TrainingSettings settings, EncoderSource encoder,
            TrainingProgress progress, Mode mode) throws IOException {
        Path directory = directoryFor(data, settings, encoder);
        if (mode != Mode.FULL && TrainedNlu.isSaved(directory)) {
            progress.note("loading the trained model from " + directory);
            return new Outcome(loadUpgraded(directory, data, settings, encoder, progress), "cached",
                    "loaded from " + directory);
        }
        String lineage = Fingerprints.lineage(data, settings, encoder);
        String whyFull = "a full training was asked for";
        if (mode != Mode.FULL) {
            TrainingOn attempt = trainOn(data, settings, encoder, progress, lineage);
            if (attempt.outcome() != null) {
                return saved(attempt.outcome(), attempt.record(), directory, progress);
            }
            whyFull = attempt.whyNot();
        }
        TrainedNlu model = new NluTrainer(encoder, settings, progress).train(data);
        Split<LabelledText> split = TrainingRun.intentSplit(data, settings, new Random(settings.seed()));
        TrainingRecord record = new TrainingRecord(lineage, TrainingRecord.FULL, null, split.train(), split.heldOut());
        return saved(new Outcome(model, TrainingRecord.FULL, String.format(
                "trained from the pretrained encoder in %.1f s (%s)", model.spec().trainSeconds(), whyFull)),
                record, directory, progress);
    }

    /** An incremental training's model and record, or why there is none. */
    private record TrainingOn(Outcome outcome, TrainingRecord record, String whyNot) {
        static TrainingOn not(String why) {
            return new TrainingOn(null, null, why);
        }
    }

    /** Trains on from the closest cached model of the lineage, when there is one and little changed. */
    private TrainingOn trainOn(TrainingData data, TrainingSettings settings, EncoderSource encoder,
            TrainingProgress progress, String lineage) throws IOException {
        Optional<Earlier> earlier = data.intents().isEmpty() ? Optional.empty() : closest(data, settings, lineage);
        if (earlier.isEmpty()) {
            return TrainingOn.not("no cached model of these intents to start from");
        }
        IncrementalRun.Plan plan = earlier.get().plan();
        if (plan.tooLarge()) {
            return TrainingOn.not(earlier.get().differences() + " examples changed since the closest cached model:"
                    + " too many to train on from it");
        }
        IncrementalRun.Outcome tried;
        try (TrainedNlu base = TrainedNlu.load(earlier.get().directory())) {
            progress.note("training on from " + earlier.get().directory() + ": " + plan.changed().size()
                    + " new and " + plan.removed() + " removed examples");
            tried = new IncrementalRun(encoder, settings, progress, data, plan).run(base);
        }
        if (tried.model().isEmpty()) {
            progress.note(tried.summary() + ": training in full instead");
            return TrainingOn.not(tried.summary());
        }
        TrainingRecord record = new TrainingRecord(lineage, TrainingRecord.INCREMENTAL,
                earlier.get().directory().getFileName().toString(), plan.train(), plan.heldOut());
        return new TrainingOn(new Outcome(tried.model().get(), TrainingRecord.INCREMENTAL, tried.summary()), record, null);
    }

    private Outcome saved(Outcome outcome, TrainingRecord record, Path directory, TrainingProgress progress)
            throws IOException {
        try {
            record.save(directory);
            outcome.model().save(directory);
        } catch (IOException | RuntimeException e) {
            outcome.model().close();
            throw e;
        }
        progress.note("saved the trained model to " + directory + ": " + outcome.summary());
        prune(directory);
        return outcome;
    }

    /**
     * The cached model of this lineage whose intent examples differ least from the data's (the
     * newest of those that differ equally), each model's record read once.
     */
    private Optional<Earlier> closest(TrainingData data, TrainingSettings settings, String lineage) throws IOException {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        List<Earlier> candidates = new ArrayList<>();
        try (Stream<Path> directories = Files.list(root)) {
            for (Path directory : directories.toList()) {
                Optional<TrainingRecord> record = TrainedNlu.isSaved(directory)
                        ? TrainingRecord.load(directory).filter(r -> r.lineage().equals(lineage))
                        : Optional.empty();
                record.ifPresent(r -> candidates.add(new Earlier(directory, IncrementalRun.plan(data, r, settings))));
            }
        }
        return candidates.stream().min(Comparator.comparingInt(Earlier::differences)
                .thenComparing(Comparator.comparingLong((Earlier earlier) -> savedAt(earlier.directory())).reversed()));
    }

    private static long savedAt(Path directory) {
        try {
            return Files.getLastModifiedTime(directory.resolve(TrainingRecord.FILE)).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the incremental models of {@code newest}'s chain (the models each was trained on
     * from, back to a full training) beyond the newest {@link #KEPT_PER_CHAIN}: a bot edited all
     * day keeps its full model and its last few, not a model per edit. Other bots' models,
     * whatever their lineage, are not in the chain.
     */
    private void prune(Path newest) throws IOException {
        Path directory = newest;
        Set<Path> seen = new HashSet<>();
        for (int position = 0; directory != null && seen.add(directory); position++) {
            Optional<TrainingRecord> record = TrainingRecord.load(directory);
            if (record.isEmpty()) {
                return;
            }
            Path earlier = record.get().startedFrom() == null ? null : root.resolve(record.get().startedFrom());
            if (position >= KEPT_PER_CHAIN && record.get().how().equals(TrainingRecord.INCREMENTAL)) {
                deleteRecursively(directory);
            }
            directory = earlier;
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private TrainedNlu loadUpgraded(Path directory, TrainingData data, TrainingSettings settings, EncoderSource encoder,
            TrainingProgress progress) throws IOException {
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
}
