package dev.chatdesk.server.cli;

import dev.chatdesk.models.serving.NluBenchmark.Level;
import dev.chatdesk.server.bench.Deployment;
import dev.chatdesk.server.bench.LoadBenchmark;
import dev.chatdesk.server.bench.TrafficCounts;
import dev.chatdesk.storage.postgres.PostgresSettings;
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
                + "against the NLU alone in the same run; with --postgres also PostgreSQL on one node and on "
                + "--nodes clustered nodes.")
final class LoadBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "10", description = "Seconds of load per concurrency and measurement (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--data-dir", defaultValue = "./data",
            description = "Data directory whose models/ caches the trained demo model; the benchmark's own data "
                    + "goes in a temporary directory inside it, deleted afterwards (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--postgres", paramLabel = "URL",
            description = "Also measure PostgreSQL (postgresql://HOST:PORT/DB, a database no server is using: the "
                    + "benchmark adds conversations) on one node and on --nodes nodes, in the same run.")
    String postgresUrl;

    @Option(names = "--postgres-user", description = "The PostgreSQL role to log in as.")
    String postgresUser;

    @Option(names = "--postgres-password", defaultValue = "${env:PGPASSWORD}",
            description = "Its password (default: the environment variable PGPASSWORD).")
    String postgresPassword;

    @Option(names = "--postgres-pool-size", defaultValue = "10",
            description = "PostgreSQL connections each node keeps open at most (default: ${DEFAULT-VALUE}).")
    int postgresPoolSize;

    @Option(names = "--nodes", description = "Nodes of the clustered PostgreSQL deployment, all in this process on "
            + "127.0.0.1, customers spread over them in turn (default: 2; needs --postgres).")
    Integer nodes;

    @Mixin
    JsonOutput output;

    @Override
    public Integer call() throws Exception {
        if (!(seconds > 0 && seconds <= 3600)) {
            throw new IllegalArgumentException("--seconds must be in (0, 3600], was " + seconds);
        }
        LoadBenchmark.Result result = LoadBenchmark.run(dataDir, seconds, furtherDeployments(),
                new ConsoleProgress(spec.commandLine().getErr()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nluOnly", levels(result.nluOnly()));
        out.put("endToEnd", levels(result.endToEnd().levels()));
        out.put("ratioToNlu", round(result.ratioToNlu(), 4));
        out.put("ratioAtConcurrency" + result.highestConcurrency(), round(result.ratioAtHighestConcurrency(), 4));
        out.put("errors", result.errors());
        out.put("messages", result.messages());
        out.put("seconds", result.secondsPerLevel());
        out.put("workers", result.workers());
        Map<String, Object> warmUp = new LinkedHashMap<>();
        warmUp.put("nluOnly", round(result.nluWarmUpSeconds(), 1));
        warmUp.put("endToEnd", round(result.endToEnd().warmUpSeconds(), 1));
        out.put("warmUpSeconds", warmUp);
        out.put("traffic", traffic(result.endToEnd().traffic()));
        out.put("deployments", deployments(result));
        out.put("bot", "demo-shop; messages: its intent examples the bot answers itself, and questions for its help articles");
        output.print(spec, out);
        return 0;
    }

    /** PostgreSQL on one node and on {@code --nodes}, when {@code --postgres} is given. */
    private List<Deployment> furtherDeployments() {
        if (postgresUrl == null) {
            if (nodes != null) {
                throw new IllegalArgumentException("--nodes needs --postgres: nodes share a PostgreSQL database (SQLite serves one node)");
            }
            return List.of();
        }
        int clustered = nodes == null ? 2 : nodes;
        if (clustered < 1 || clustered > 8) {
            throw new IllegalArgumentException("--nodes must be in [1, 8], was " + clustered);
        }
        PostgresSettings postgres = new PostgresSettings(postgresUrl, postgresUser, postgresPassword, postgresPoolSize);
        return clustered == 1 ? List.of(new Deployment(postgres, 1))
                : List.of(new Deployment(postgres, 1), new Deployment(postgres, clustered));
    }

    private static List<Map<String, Object>> deployments(LoadBenchmark.Result result) {
        double sqlite = result.endToEnd().bestMessagesPerSecond();
        return result.deployments().stream().map(measured -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("store", measured.deployment().store());
            json.put("nodes", measured.deployment().nodes());
            json.put("bestMessagesPerSecond", round(measured.bestMessagesPerSecond(), 2));
            json.put("ratioToSqliteOneNode", round(measured.bestMessagesPerSecond() / sqlite, 4));
            json.put("errors", measured.errors());
            json.put("levels", levels(measured.levels()));
            json.put("warmUpSeconds", round(measured.warmUpSeconds(), 1));
            json.put("traffic", traffic(measured.traffic()));
            return json;
        }).toList();
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
            json.put("sentenceEncoderTextsPerMessage", round(measured.sentenceTextsPerMessage(), 2));
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
