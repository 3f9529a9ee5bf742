package dev.chatdesk.server.cli;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.models.data.CsvDatasets;
import dev.chatdesk.models.data.SentimentExample;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.nlu.HeadLayout;
import dev.chatdesk.models.nlu.TrainedNlu;
import dev.chatdesk.models.serving.BatchingSettings;
import dev.chatdesk.models.serving.NluBenchmark;
import dev.chatdesk.models.text.WordPieceTokenizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chatdesk nlu bench}: NLU throughput and latency against the machine's matrix-multiply
 * limit and against ONNX Runtime serving the same pretrained encoder.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures NLU throughput and latency at concurrency 1, 8 and 32 against the machine's GEMM limit"
                + " and against ONNX Runtime running the same encoder with the same batching and threads.")
final class NluBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private static final int[] CONCURRENCIES = {1, 8, 32};
    private static final int MAX_MESSAGE_TOKENS = 32;

    @Option(names = "--seconds", defaultValue = "10", description = "Seconds of load per concurrency (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--workers", description = "Inference workers (default: one per core, ${DEFAULT-VALUE}).")
    int workers = BatchingSettings.defaults().workers();

    @Mixin
    JsonOutput output;

    @Override
    public Integer call() throws Exception {
        if (!(seconds > 0 && seconds <= 3600)) {
            throw new IllegalArgumentException("--seconds must be in (0, 3600], was " + seconds);
        }
        BotDefinition demo = BotModels.load(null).primary();
        HeadLayout layout = new HeadLayout(demo.intents().size(), true);
        PretrainedEncoder encoder = PretrainedEncoder.defaultEncoder();
        TrainedNlu model = TrainedNlu.untrained(encoder, layout, WordPieceTokenizer.DEFAULT_MAX_TOKENS);
        List<String> messages = messageMix(model.tokenizer());
        if (workers < 1 || workers > 64) {
            throw new IllegalArgumentException("--workers must be in [1, 64], was " + workers);
        }
        NluBenchmark.Result result = NluBenchmark.run(model, encoder,
                BatchingSettings.defaults().withoutCache().withWorkers(workers), messages, CONCURRENCIES, seconds);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("gemmGflops", result.gemmGflops());
        out.put("flopsPerMessage", result.flopsPerMessage());
        out.put("limitMessagesPerSecond", result.limitMessagesPerSecond());
        out.put("results", result.results());
        out.put("ratioToLimit", result.ratioToLimit());
        out.put("onnxRuntime", result.onnxRuntime());
        out.put("ratioToOnnxRuntime", result.ratioToOnnxRuntime());
        out.put("ratioToOnnxRuntimeByConcurrency", result.ratioToOnnxRuntimeByConcurrency());
        out.put("meanTokensPerMessage", result.meanTokens());
        out.put("messages", messages.size());
        out.put("workers", workers);
        out.put("model", "all-MiniLM-L6-v2 encoder with the demo bot's intent, sentiment and anger heads");
        out.put("onnxRuntimeModel", "all-MiniLM-L6-v2's original ONNX file, mean-pooled sentence vectors (no heads)");
        output.print(spec, out);
        return 0;
    }

    /** Our customer messages of up to 32 tokens, in a fixed shuffled order. */
    private static List<String> messageMix(WordPieceTokenizer tokenizer) {
        List<String> messages = new ArrayList<>();
        for (SentimentExample e : CsvDatasets.bundledCustomerSentiment()) {
            if (tokenizer.ids(e.text()).length <= MAX_MESSAGE_TOKENS) {
                messages.add(e.text());
            }
        }
        Collections.shuffle(messages, new Random(7));
        return messages;
    }
}
