package dev.chatdesk.server.cli;

import dev.chatdesk.models.serving.NluBenchmark.Level;
import dev.chatdesk.server.bench.LoadBenchmark;
import dev.chatdesk.server.bench.TrafficCounts;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chatdesk bench}: the whole server under load, against its NLU alone in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "End-to-end load benchmark: starts the server with the demo bot in-process and measures "
                + "messages per second and p50/p99 latency over HTTP at 1, 8 and 32 concurrent conversations, "
                + "against the NLU alone in the same run.")
final class LoadBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "10", description = "Seconds of load per concurrency and measurement (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--data-dir", defaultValue = "./data",
            description = "Data directory whose models/ caches the trained demo model; the benchmark's own data "
                    + "goes in a temporary directory inside it, deleted afterwards (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Mixin
    JsonOutput output;

    @Override
    public Integer call() throws Exception {
        if (!(seconds > 0 && seconds <= 3600)) {
            throw new IllegalArgumentException("--seconds must be in (0, 3600], was " + seconds);
        }
        LoadBenchmark.Result result = LoadBenchmark.run(dataDir, seconds, new ConsoleProgress(spec.commandLine().getErr()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nluOnly", levels(result.nluOnly()));
        out.put("endToEnd", levels(result.endToEnd()));
        out.put("ratioToNlu", round(result.ratioToNlu(), 4));
        out.put("ratioAtConcurrency" + result.highestConcurrency(), round(result.ratioAtHighestConcurrency(), 4));
        out.put("errors", result.errors());
        out.put("messages", result.messages());
        out.put("seconds", result.secondsPerLevel());
        out.put("workers", result.workers());
        Map<String, Object> warmUp = new LinkedHashMap<>();
        warmUp.put("nluOnly", round(result.nluWarmUpSeconds(), 1));
        warmUp.put("endToEnd", round(result.endToEndWarmUpSeconds(), 1));
        out.put("warmUpSeconds", warmUp);
        out.put("traffic", traffic(result.traffic()));
        out.put("bot", "demo-shop; messages: its intent examples the bot answers itself, and questions for its help articles");
        output.print(spec, out);
        return 0;
    }

    private static List<Map<String, Object>> levels(List<LoadBenchmark.Measured> levels) {
        return levels.stream().map(measured -> {
            Level level = measured.level();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("concurrency", level.concurrency());
            json.put("messagesPerSecond", round(level.messagesPerSecond(), 2));
            json.put("p50Ms", round(level.p50Ms(), 2));
            json.put("p99Ms", round(level.p99Ms(), 2));
            json.put("messages", level.messages());
            json.put("errors", level.errors());
            json.put("meanNluBatch", round(measured.meanBatch(), 2));
            return json;
        }).toList();
    }

    private static Map<String, Object> traffic(TrafficCounts counts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("conversationsStarted", counts.conversations());
        json.put("handedToPeople", counts.handedToPeople());
        json.put("helpArticleAnswers", counts.helpArticleAnswers());
        json.put("errorsByKind", counts.errors());
        json.put("includesWarmUps", true);
        return json;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
