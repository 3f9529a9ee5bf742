package dev.chatdesk.models.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import dev.chatdesk.models.bert.TokenEncoder;
import dev.chatdesk.models.data.LabelledText;
import dev.chatdesk.models.encoder.DjlRuntime;
import dev.chatdesk.models.encoder.EncoderSource;
import dev.chatdesk.models.encoder.TinyTorchScriptEncoder;
import dev.chatdesk.models.encoder.TorchScriptEncoder;
import dev.chatdesk.models.nlu.NluScores;
import dev.chatdesk.models.nlu.TrainedNlu;
import dev.chatdesk.models.text.WordPieceTokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bot's own TorchScript encoder is fine-tuned with the heads, cached, saved and loaded. */
class TorchScriptFineTuningTest {
    private static final TrainingSettings QUICK =
            new TrainingSettings(12, 12, 8, 5e-3f, 0f, 0f, 0f, 0f, 16, 0.15, 7, true, 1.0f);
    private static final Map<String, List<String>> EXAMPLES = Map.of(
            "greet", List.of("hello", "hi there", "good morning", "hey", "hello there", "hi",
                    "good evening", "hey hello"),
            "order_status", List.of("where is my order", "my parcel has not arrived", "when will my package come",
                    "track my order", "order status please", "where is my delivery", "has my order shipped",
                    "is my parcel on its way"),
            "refund", List.of("i want my money back", "refund please", "can i get a refund", "return and refund",
                    "give me a refund", "i want a refund for this", "money back please", "refund my purchase"));
    private static final List<String> TEXTS = List.of("hello", "where is my parcel", "refund my money");

    @TempDir
    static Path temp;

    private static TrainingData data;
    private static Capturing encoder;
    private static ModelCache cache;
    private static TrainedNlu model;
    private static TinyTorchScriptEncoder.Weights pretrained;
    private static final List<Double> epochLosses = new ArrayList<>();

    /** The encoder source under test, keeping the network it makes so the test can read its weights. */
    private record Capturing(EncoderSource source, List<TokenEncoder> made) implements EncoderSource {
        @Override
        public int maxTokens() {
            return source.maxTokens();
        }

        @Override
        public WordPieceTokenizer newTokenizer(int maxTokens) {
            return source.newTokenizer(maxTokens);
        }

        @Override
        public TokenEncoder newEncoder(NDManager manager, float dropout) {
            TokenEncoder network = source.newEncoder(manager, dropout);
            made.add(network);
            return network;
        }

        @Override
        public String fingerprint() {
            return source.fingerprint();
        }
    }

    @BeforeAll
    static void train() throws Exception {
        Path directory = TinyTorchScriptEncoder.writeTo(temp.resolve("tiny"));
        pretrained = TinyTorchScriptEncoder.Weights.of(directory.resolve("model.pt"));
        encoder = new Capturing(TorchScriptEncoder.fromDirectory(directory), new ArrayList<>());
        List<LabelledText> intents = new ArrayList<>();
        EXAMPLES.forEach((label, texts) -> texts.forEach(text -> intents.add(new LabelledText(text, label))));
        data = new TrainingData(intents, Optional.empty(), List.of());
        cache = new ModelCache(temp.resolve("cache"));
        model = cache.trainOrLoad(data, QUICK, encoder, new Recording(epochLosses, new ArrayList<>()));
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void fineTuningLowersTheTrainingLoss() {
        assertTrue(epochLosses.get(epochLosses.size() - 1) < epochLosses.get(0), "epoch losses " + epochLosses);
    }

    @Test
    void fineTuningChangesTheEncodersTrainableWeights() {
        assertFalse(Arrays.equals(pretrained.dense(), trained("dense_weight")), "dense_weight did not change");
    }

    @Test
    void frozenWordEmbeddingsAndTheUnusedPoolerKeepTheirPretrainedWeights() {
        assertArrayEquals(pretrained.words(), trained("word_embeddings"));
        try (NDManager manager = DjlRuntime.pytorch().newBaseManager()) {
            TokenEncoder fresh = encoder.source().newEncoder(manager, 0f);
            assertArrayEquals(fresh.getParameters().get("pooler_weight").getArray().toFloatArray(),
                    trained("pooler_weight"));
        }
    }

    @Test
    void theSavedModelLoadsWithIdenticalPredictions() throws Exception {
        Path saved = temp.resolve("saved");
        model.save(saved);
        try (TrainedNlu loaded = TrainedNlu.load(saved)) {
            assertEquals(model.spec(), loaded.spec());
            List<NluScores> before = model.score(TEXTS);
            List<NluScores> after = loaded.score(TEXTS);
            for (int i = 0; i < TEXTS.size(); i++) {
                assertArrayEquals(before.get(i).intentProbabilities(), after.get(i).intentProbabilities(), 1e-6f);
            }
        }
    }

    @Test
    void aSecondRequestLoadsTheCachedModelInsteadOfTraining() throws Exception {
        List<Double> losses = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (TrainedNlu again = cache.trainOrLoad(data, QUICK, encoder, new Recording(losses, notes))) {
            assertTrue(losses.isEmpty(), "trained again: " + losses);
            assertTrue(notes.get(0).startsWith("loading the trained model"), notes.toString());
            assertEquals(model.spec(), again.spec());
        }
    }

    private static float[] trained(String parameter) {
        return encoder.made().get(0).getParameters().get(parameter).getArray().toFloatArray();
    }

    /** Progress that keeps each epoch's mean loss and every note. */
    private record Recording(List<Double> losses, List<String> notes) implements TrainingProgress {
        @Override
        public void epochDone(int epoch, int maxEpochs, double meanLoss, double heldOutScore,
                double elapsedSeconds, double secondsLeft, long residentMegabytes) {
            losses.add(meanLoss);
        }

        @Override
        public void note(String message) {
            notes.add(message);
        }
    }
}
