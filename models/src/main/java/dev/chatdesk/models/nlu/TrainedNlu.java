package dev.chatdesk.models.nlu;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.chatdesk.core.nlu.IntentScore;
import dev.chatdesk.core.nlu.NluResult;
import dev.chatdesk.core.nlu.Sentiment;
import dev.chatdesk.core.nlu.SentimentLabel;
import dev.chatdesk.models.encoder.DjlRuntime;
import dev.chatdesk.models.encoder.EncoderSource;
import dev.chatdesk.models.text.LengthSortedBatches;
import dev.chatdesk.models.text.TokenBatch;
import dev.chatdesk.models.text.WordPieceTokenizer;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A trained NLU network ready to predict, with its tokenizer, settings and (from training on
 * intents) the index of its training examples' embeddings that out-of-scope detection uses.
 * Scoring is safe from one thread at a time (the {@link BatchingPredictor} is that thread); close
 * it to free the native memory.
 */
public final class TrainedNlu implements AutoCloseable {
    static final String SPEC_FILE = "nlu.json";
    static final String WEIGHTS_FILE = "network.params";
    static final String TOKENIZER_FILE = "tokenizer.json";
    static final String EXAMPLES_FILE = "examples.bin";
    private static final int RANKING_SIZE = 5;
    private static final int SCORE_ALL_BATCH = 64;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Model model;
    private final NluNetwork network;
    private final WordPieceTokenizer tokenizer;
    private final NluSpec spec;
    private final ExampleIndex examples;

    /** Takes ownership of a model whose block is the trained network; it has no example index. */
    public TrainedNlu(Model model, NluNetwork network, WordPieceTokenizer tokenizer, NluSpec spec) {
        this(model, network, tokenizer, spec, null);
    }

    private TrainedNlu(Model model, NluNetwork network, WordPieceTokenizer tokenizer, NluSpec spec,
            ExampleIndex examples) {
        if ((examples == null) != (spec.neighbours() == 0)) {
            throw new IllegalArgumentException("a spec with " + spec.neighbours()
                    + " neighbours needs an example index exactly when neighbours is positive");
        }
        this.model = model;
        this.network = network;
        this.tokenizer = tokenizer;
        this.spec = spec;
        this.examples = examples;
    }

    /**
     * This model with an index of example embeddings (unit length, from {@link #embedAll}) and
     * the spec whose out-of-scope rule uses it. The result takes over the model: use and close
     * only the result afterwards.
     */
    public TrainedNlu withExamples(float[][] embeddings, NluSpec newSpec) {
        ExampleIndex index = newSpec.neighbours() == 0
                ? null
                : new ExampleIndex(embeddings, newSpec.neighbours());
        return new TrainedNlu(model, network, tokenizer, newSpec, index);
    }

    /**
     * This model with another spec whose out-of-scope rule uses the same example index (the same
     * number of neighbours). The result takes over the model: use and close only the result.
     */
    public TrainedNlu withSpec(NluSpec newSpec) {
        if (newSpec.neighbours() != spec.neighbours()) {
            throw new IllegalArgumentException("the new spec averages " + newSpec.neighbours()
                    + " neighbours, the index was built for " + spec.neighbours());
        }
        return new TrainedNlu(model, network, tokenizer, newSpec, examples);
    }

    /** The index of the training examples' embeddings, or null without one. */
    ExampleIndex examples() {
        return examples;
    }

    /** Whether the model has an index of its training examples' embeddings. */
    public boolean hasExampleIndex() {
        return examples != null;
    }

    /** The model's settings and classes. */
    public NluSpec spec() {
        return spec;
    }

    /** The network, whose weights a training that starts from this model copies. */
    public NluNetwork network() {
        return network;
    }

    /** The model's tokenizer. */
    public WordPieceTokenizer tokenizer() {
        return tokenizer;
    }

    /** Scores texts in one padded batch. */
    public List<NluScores> score(List<String> texts) {
        return score(tokenizer.encode(texts));
    }

    /** Scores many texts in passes of similar length; results in input order. */
    public List<NluScores> scoreAll(List<String> texts) {
        List<long[]> ids = texts.stream().map(tokenizer::ids).toList();
        return LengthSortedBatches.map(ids, SCORE_ALL_BATCH, this::score);
    }

    /** Scores an already tokenized batch. */
    public List<NluScores> score(TokenBatch batch) {
        HeadLayout layout = network.layout();
        try (NDManager step = model.getNDManager().newSubManager()) {
            NDList outputs = network.forward(new ParameterStore(step, false), batch.toArrays(step), false);
            float[] similarity = examples == null ? null : examples.similarity(rows(outputs.get(0)));
            float[][] intents = layout.intents() > 0 ? rows(layout.intentLogits(outputs).softmax(1)) : null;
            float[][] sentiments = layout.sentiment() ? rows(layout.sentimentLogits(outputs).softmax(1)) : null;
            float[] anger = layout.sentiment() ? Activation.sigmoid(layout.angerLogits(outputs)).toFloatArray() : null;
            List<NluScores> scores = new ArrayList<>(batch.size());
            for (int r = 0; r < batch.size(); r++) {
                scores.add(new NluScores(
                        intents == null ? null : intents[r],
                        sentiments == null ? null : sentiments[r],
                        anger == null ? Float.NaN : anger[r],
                        similarity == null ? Float.NaN : similarity[r]));
            }
            return scores;
        }
    }

    /** The unit-length sentence embeddings of many texts (the pooled encoder output), in input order. */
    public List<float[]> embedAll(List<String> texts) {
        List<long[]> ids = texts.stream().map(tokenizer::ids).toList();
        return LengthSortedBatches.map(ids, SCORE_ALL_BATCH, batch -> {
            try (NDManager step = model.getNDManager().newSubManager()) {
                NDList outputs = network.forward(new ParameterStore(step, false), batch.toArrays(step), false);
                return Arrays.asList(rows(ExampleIndex.unitLength(outputs.get(0))));
            }
        });
    }

    private static float[][] rows(NDArray matrix) {
        int columns = (int) matrix.getShape().get(1);
        float[] flat = matrix.toFloatArray();
        float[][] rows = new float[flat.length / columns][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = Arrays.copyOfRange(flat, r * columns, (r + 1) * columns);
        }
        return rows;
    }

    /**
     * The label this model gives a text's intent scores: the top intent, or with {@code
     * applyOutOfScopeRule} the out-of-scope label when {@link #isOutOfScope} says so.
     */
    public String intentLabel(NluScores scores, boolean applyOutOfScopeRule) {
        if (applyOutOfScopeRule && spec.oosLabel() != null && isOutOfScope(scores)) {
            return spec.oosLabel();
        }
        return spec.intents().get(scores.topIntent());
    }

    /**
     * Whether a text is out of scope: its top intent is the out-of-scope class, or the top
     * intent's probability is under the confidence threshold, or its embedding is less similar
     * to the nearest in-scope training examples than the similarity threshold.
     */
    public boolean isOutOfScope(NluScores scores) {
        float[] p = scores.intentProbabilities();
        if (p == null) {
            return true;
        }
        int top = scores.topIntent();
        return spec.intents().get(top).equals(spec.oosLabel())
                || p[top] < spec.confidenceThreshold()
                || scores.exampleSimilarity() < spec.similarityThreshold();
    }

    /** The scores as the bot sees them. */
    public NluResult toResult(NluScores scores) {
        List<IntentScore> ranking = List.of();
        boolean outOfScope = true;
        if (scores.intentProbabilities() != null) {
            float[] p = scores.intentProbabilities();
            ranking = IntStream.range(0, p.length).boxed()
                    .sorted(Comparator.comparingDouble(i -> -p[i]))
                    .limit(RANKING_SIZE)
                    .map(i -> new IntentScore(spec.intents().get(i), clamp(p[i])))
                    .toList();
            outOfScope = isOutOfScope(scores);
        }
        IntentScore intent = ranking.isEmpty() ? new IntentScore(NO_INTENT, 0) : ranking.get(0);
        Sentiment sentiment = new Sentiment(SentimentLabel.NEUTRAL, 0);
        double anger = 0;
        if (scores.sentimentProbabilities() != null) {
            float[] p = scores.sentimentProbabilities();
            int best = NluScores.argMax(p);
            sentiment = new Sentiment(SentimentLabel.values()[best], clamp(p[best]));
            anger = clamp(scores.anger());
        }
        return new NluResult(intent, ranking, outOfScope, sentiment, anger);
    }

    /** The intent name of a result from a model that has no intent head. */
    public static final String NO_INTENT = "none";

    private static double clamp(float probability) {
        return Math.min(1.0, Math.max(0.0, probability));
    }

    /**
     * A model with the pretrained encoder and freshly initialized heads: what a trained model of
     * the same shape costs to run, without training it (for benchmarks).
     */
    public static TrainedNlu untrained(EncoderSource pretrained, HeadLayout layout, int maxTokens) {
        DjlRuntime.pytorch();
        Model model = Model.newInstance("chatdesk-nlu-untrained", Device.cpu(), "PyTorch");
        NluNetwork network = new NluNetwork(pretrained.newEncoder(model.getNDManager(), 0f), layout, 0f);
        model.setBlock(network);
        network.initialize(model.getNDManager());
        List<String> intents = IntStream.range(0, layout.intents()).mapToObj(i -> "intent_" + i).toList();
        NluSpec spec = new NluSpec(network.encoder().spec(), intents, null, 0, 0, 0, layout.sentiment(), maxTokens,
                "untrained", 0, Map.of());
        return new TrainedNlu(model, network, pretrained.newTokenizer(maxTokens), spec);
    }

    /** Saves weights, tokenizer and spec into a directory, replacing what was there. */
    public void save(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path weights = directory.resolve(WEIGHTS_FILE + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(weights)))) {
            network.saveParameters(out);
        }
        Files.write(directory.resolve(TOKENIZER_FILE), tokenizer.json());
        if (examples != null) {
            Path index = directory.resolve(EXAMPLES_FILE + ".tmp");
            examples.save(index);
            Files.move(index, directory.resolve(EXAMPLES_FILE), StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(directory.resolve(EXAMPLES_FILE));
        }
        Files.move(weights, directory.resolve(WEIGHTS_FILE), StandardCopyOption.REPLACE_EXISTING);
        // The spec is written last: a directory with nlu.json holds a complete model.
        Path spec = directory.resolve(SPEC_FILE + ".tmp");
        JSON.writeValue(spec.toFile(), this.spec);
        Files.move(spec, directory.resolve(SPEC_FILE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** True if a directory holds a complete saved model. */
    public static boolean isSaved(Path directory) {
        return Files.isRegularFile(directory.resolve(SPEC_FILE));
    }

    /** Loads a model saved by {@link #save}. */
    public static TrainedNlu load(Path directory) throws IOException {
        DjlRuntime.pytorch();
        NluSpec spec = JSON.readValue(directory.resolve(SPEC_FILE).toFile(), NluSpec.class);
        NluNetwork network = new NluNetwork(spec.encoder().newEmptyEncoder(), spec.layout(), 0f);
        Model model = Model.newInstance("chatdesk-nlu", Device.cpu(), "PyTorch");
        model.setBlock(network);
        network.initialize(model.getNDManager());
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                Files.newInputStream(directory.resolve(WEIGHTS_FILE))))) {
            network.loadParameters(model.getNDManager(), in);
        } catch (ai.djl.MalformedModelException e) {
            model.close();
            throw new IOException("corrupt model weights in " + directory, e);
        }
        ExampleIndex examples;
        try {
            examples = spec.neighbours() == 0
                    ? null
                    : ExampleIndex.load(directory.resolve(EXAMPLES_FILE), spec.neighbours());
        } catch (IOException | RuntimeException e) {
            model.close();
            throw e;
        }
        WordPieceTokenizer tokenizer = new WordPieceTokenizer(
                Files.readAllBytes(directory.resolve(TOKENIZER_FILE)), spec.maxTokens());
        return new TrainedNlu(model, network, tokenizer, spec, examples);
    }

    @Override
    public void close() {
        tokenizer.close();
        model.close();
    }
}
