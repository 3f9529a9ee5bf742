package dev.chatdesk.server.app;

import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.NluModel;
import dev.chatdesk.core.nlu.NluModels;
import dev.chatdesk.core.nlu.SwappableNluModel;
import dev.chatdesk.models.nlu.TrainedNlu;
import dev.chatdesk.models.serving.BatchingPredictor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bot's NLU models as served, one per language, each replaceable while it serves (see {@link
 * SwappableNluModel}); counts encoder passes across replacements. Thread-safe.
 */
final class ServedModels implements AutoCloseable {
    private final Map<Language, SwappableNluModel> swappable = new LinkedHashMap<>();
    private final Map<Language, BatchingPredictor> current = new LinkedHashMap<>();
    private long retiredBatches;
    private long retiredTexts;

    /** Serves a language's model (languages in the order added, the default first). */
    synchronized void add(Language language, BatchingPredictor predictor) {
        swappable.put(language, new SwappableNluModel(predictor));
        current.put(language, predictor);
    }

    /** Takes a language whose first model is still training: its messages are read by a {@link ModelInTraining} until {@link #replace}. */
    synchronized void addInTraining(Language language) {
        swappable.put(language, new SwappableNluModel(new ModelInTraining()));
    }

    /** Whether a language's first model is still training. */
    synchronized boolean inTraining(Language language) {
        return swappable.containsKey(language) && !current.containsKey(language);
    }

    /** The models as the conversation service reads them. */
    synchronized NluModels nluModels() {
        return new NluModels(new LinkedHashMap<Language, NluModel>(swappable));
    }

    /** The languages served. */
    synchronized List<Language> languages() {
        return List.copyOf(swappable.keySet());
    }

    /** The trained model a language's messages go to now (null while its first one trains). */
    synchronized TrainedNlu model(Language language) {
        BatchingPredictor predictor = current.get(language);
        return predictor == null ? null : predictor.model();
    }

    /** Serves {@code next} for the language from now on; the model it replaces closes once its messages have answers. */
    synchronized void replace(Language language, BatchingPredictor next) {
        BatchingPredictor replaced = current.put(language, next);
        if (replaced != null) {
            retiredBatches += replaced.batches();
            retiredTexts += replaced.encodedTexts();
        }
        swappable.get(language).swap(next);
    }

    /** Encoder passes run since start, by every model served. */
    synchronized long batches() {
        return retiredBatches + current.values().stream().mapToLong(BatchingPredictor::batches).sum();
    }

    /** Texts encoded since start, by every model served. */
    synchronized long encodedTexts() {
        return retiredTexts + current.values().stream().mapToLong(BatchingPredictor::encodedTexts).sum();
    }

    @Override
    public synchronized void close() {
        swappable.values().forEach(SwappableNluModel::close);
    }
}
