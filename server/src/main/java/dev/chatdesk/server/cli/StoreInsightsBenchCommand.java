package dev.chatdesk.server.cli;

import dev.chatdesk.server.config.ChatdeskConfig;
import dev.chatdesk.storage.bench.InsightsBenchmark;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chatdesk store insights-bench}: how fast the insights answer on a store of many conversations. */
@Command(name = "insights-bench", mixinStandardHelpOptions = true,
        description = "Fills the configured store with 90 days of generated conversations (about ten messages each), then "
                + "times the dashboard's insights call over ranges of 2 to 90 days and prints p50/p99 per range and overall. "
                + "Use an empty store no server is using: it adds conversations.")
final class StoreInsightsBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--conversations", defaultValue = "100000",
            description = "Conversations to generate (default: ${DEFAULT-VALUE}).")
    int conversations;

    @Option(names = "--runs", defaultValue = "30", description = "Calls of each range (default: ${DEFAULT-VALUE}).")
    int runs;

    @Mixin
    JsonOutput output;

    @Override
    public Integer call() throws Exception {
        if (conversations < 1 || runs < 1) {
            throw new IllegalArgumentException("--conversations and --runs must be at least 1, were " + conversations
                    + " and " + runs);
        }
        ChatdeskConfig settings = storeOptions.settings();
        try (JdbcStorage storage = storeOptions.openStore(settings, Clock.systemUTC())) {
            InsightsBenchmark.Result result = new InsightsBenchmark().run(storage.bulk(), storage.insights(), conversations, runs,
                    FillProgress.to(spec.commandLine().getErr(), conversations));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("store", settings.store().type().name().toLowerCase(Locale.ROOT));
            out.put("result", result);
            output.print(spec, out);
        }
        return 0;
    }
}
