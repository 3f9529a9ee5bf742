package dev.chatdesk.server.app;

import dev.chatdesk.core.bot.BotDirectory;
import dev.chatdesk.core.bot.BotLanguages;
import dev.chatdesk.core.dialogue.DialogueManager;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.models.encoder.EncoderSource;
import dev.chatdesk.models.serving.BatchingPredictor;
import dev.chatdesk.models.serving.BatchingSettings;
import dev.chatdesk.models.training.BotEncoder;
import dev.chatdesk.models.training.BotTrainingData;
import dev.chatdesk.models.training.ModelCache;
import dev.chatdesk.models.training.TrainingData;
import dev.chatdesk.models.training.TrainingProgress;
import dev.chatdesk.models.training.TrainingSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the running bot in step with its directory: when its files change, trains the model of
 * each language whose intent examples differ from what its model was trained on, on the server's
 * training thread (on from the served model when the change is small, see {@link ModelCache}),
 * then swaps the new models in and gives the dialogue the changed bot
 * (responses, flows, settings); until then the old ones answer. A directory that does not load
 * (a file half edited) is reported and tried again at the next change.
 */
final class BotRetrainer {
    private static final Logger LOG = LoggerFactory.getLogger(BotRetrainer.class);

    private final Path botDirectory;
    private final ModelCache cache;
    private final BatchingSettings batching;
    private final ServedModels served;
    private final UnaryOperator<BotLanguages> prepare;
    private final DialogueManager dialogue;
    private final TrainingProgress progress;
    private final ExecutorService thread;
    private final AtomicBoolean checking = new AtomicBoolean();
    private String checkedStamp;

    /**
     * A retrainer of the bot in {@code botDirectory}, whose loaded form the server runs after
     * {@code prepare} (its configured overrides and variables), serving through {@code served}
     * and {@code dialogue}, training on {@code thread} (the server's one training thread).
     */
    BotRetrainer(Path botDirectory, UnaryOperator<BotLanguages> prepare, ModelCache cache, BatchingSettings batching,
            ServedModels served, DialogueManager dialogue, TrainingProgress progress, ExecutorService thread)
            throws IOException {
        this.thread = thread;
        this.botDirectory = botDirectory;
        this.prepare = prepare;
        this.cache = cache;
        this.batching = batching;
        this.served = served;
        this.dialogue = dialogue;
        this.progress = progress;
        this.checkedStamp = stamp();
    }

    /** Starts a check on the training thread unless one is waiting or running; a failure is logged. */
    void checkSoon() {
        if (!checking.compareAndSet(false, true)) {
            return;
        }
        thread.execute(() -> {
            try {
                check();
            } catch (IOException | RuntimeException e) {
                LOG.error("Could not train the bot's changes; the bot stays as it is until its files change again", e);
            } finally {
                checking.set(false);
            }
        });
    }

    private void check() throws IOException {
        String stamp;
        try {
            stamp = stamp();
        } catch (IOException e) {
            return; // a file went while the folder was read: the next check sees the end state
        }
        if (stamp.equals(checkedStamp) || served.languages().stream().anyMatch(served::inTraining)) {
            return; // a first model still training is checked against the files once it serves
        }
        checkedStamp = stamp;
        BotLanguages bot;
        try {
            bot = prepare.apply(BotDirectory.loadLanguages(botDirectory));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The bot's directory changed but does not load, so the bot stays as it is: {}", e.getMessage());
            return;
        }
        if (!bot.languages().equals(served.languages())) {
            LOG.warn("The bot now speaks {} instead of {}: that takes a restart; the bot stays as it is",
                    bot.languages(), served.languages());
            return;
        }
        Map<Language, BatchingPredictor> retrained = new LinkedHashMap<>();
        for (Language language : served.languages()) {
            TrainingData data = BotTrainingData.of(bot.in(language), language);
            EncoderSource encoder = BotEncoder.of(botDirectory, language);
            TrainingSettings settings = TrainingSettings.defaults();
            String key = cache.directoryFor(data, settings, encoder).getFileName().toString();
            if (!key.equals(served.model(language).spec().fingerprint())) {
                LOG.info("The {} intent examples of the bot changed: training in the background, the current model answers"
                        + " meanwhile", language.code());
                ModelCache.Outcome outcome = cache.obtain(data, settings, encoder, progress,
                        ModelCache.Mode.INCREMENTAL_WHEN_POSSIBLE);
                LOG.info("Trained the new {} model ({}: {})", language.code(), outcome.how(), outcome.summary());
                retrained.put(language, new BatchingPredictor(outcome.model(), batching));
            }
        }
        dialogue.reload(bot);
        retrained.forEach(served::replace);
        LOG.info("The bot's changes are live{}", retrained.isEmpty() ? "" : ", with the new models of " + retrained.keySet());
    }

    /** The names, sizes and modification times of the bot's files (its drafts aside): cheap to compare. */
    private String stamp() throws IOException {
        StringBuilder stamp = new StringBuilder();
        try (Stream<Path> files = Files.walk(botDirectory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = botDirectory.relativize(file);
                if (!relative.startsWith("drafts")) {
                    stamp.append(relative).append(' ').append(Files.size(file)).append(' ')
                            .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
                }
            }
        }
        return stamp.toString();
    }

}
