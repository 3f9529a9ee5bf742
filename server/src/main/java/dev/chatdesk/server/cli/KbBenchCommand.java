package dev.chatdesk.server.cli;

import dev.chatdesk.core.kb.Article;
import dev.chatdesk.kb.articles.ArticleFiles;
import dev.chatdesk.kb.bench.BenchIndex;
import dev.chatdesk.kb.bench.BenchQuestions;
import dev.chatdesk.kb.bench.SearchLatency;
import dev.chatdesk.kb.index.SearchMode;
import dev.chatdesk.models.encoder.DjlRuntime;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.encoder.SentenceEmbedder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chatdesk kb bench}: search latency per mode on a large generated help centre. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures search latency (query embedding included) in bm25, dense and hybrid mode on an"
                + " index of generated help-article passages, built once and cached under the data directory.")
final class KbBenchCommand implements Callable<Integer> {
    private static final String EMBEDDER = PretrainedEncoder.DEFAULT_ONNX;

    @Spec
    CommandSpec spec;

    @Option(names = "--passages", defaultValue = "50000", description = "Passages in the index (default: ${DEFAULT-VALUE}).")
    int passages;

    @Option(names = "--queries", defaultValue = "2000", description = "Timed questions per mode (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--warm-up", defaultValue = "300", description = "Untimed questions first, per mode (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--seed", defaultValue = "3", description = "Seed of the corpus and the questions (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--articles", defaultValue = "bots/demo-shop/articles",
            description = "The help articles whose sentences the corpus is made of (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--data-dir", defaultValue = "./data",
            description = "Data directory; the index is cached in its kb-bench/ folder (default: ${DEFAULT-VALUE}).")
    Path dataDirectory;

    @Mixin
    JsonOutput output;

    @Override
    public Integer call() throws Exception {
        if (passages < 1 || passages > 5_000_000) {
            throw new IllegalArgumentException("--passages must be in [1, 5000000], was " + passages);
        }
        if (queries < 1 || warmUp < 0) {
            throw new IllegalArgumentException("--queries must be at least 1 and --warm-up at least 0, were "
                    + queries + " and " + warmUp);
        }
        List<Article> sources = ArticleFiles.read(articles);
        PrintWriter err = spec.commandLine().getErr();
        List<String> warmUpQuestions = BenchQuestions.generate(warmUp, seed + 1);
        List<String> timedQuestions = BenchQuestions.generate(queries, seed + 2);
        try (SentenceEmbedder embedder = new SentenceEmbedder(PretrainedEncoder.defaultEncoder())) {
            BenchIndex index = BenchIndex.prepare(dataDirectory, sources, passages, seed, embedder, EMBEDDER, message -> {
                err.println(message);
                err.flush();
            });
            // Searches embed one short question at a time, which PyTorch does fastest and most
            // steadily on one core (two cores gave stalls of up to 600 ms); the server searches the same way.
            DjlRuntime.useOneCoreOnThisThread();
            List<SearchLatency> results = new ArrayList<>();
            for (SearchMode mode : SearchMode.values()) {
                SearchLatency latency = SearchLatency.measure(index, embedder, mode, warmUpQuestions, timedQuestions);
                err.printf("%s: p50 %.2f ms, p99 %.2f ms%n", mode, latency.p50Ms(), latency.p99Ms());
                err.flush();
                results.add(latency);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("passages", index.passages());
            out.put("articles", index.articles());
            out.put("indexSeconds", Math.round(index.indexSeconds() * 10) / 10.0);
            out.put("indexReused", index.reused());
            out.put("queries", queries);
            out.put("warmUp", warmUp);
            out.put("results", results);
            output.print(spec, out);
        }
        return 0;
    }
}
