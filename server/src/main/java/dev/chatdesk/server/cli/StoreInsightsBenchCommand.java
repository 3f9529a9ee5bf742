package dev.chatdesk.server.cli;

import dev.chatdesk.storage.bench.InsightsBenchmark;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import java.util.function.IntConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chatdesk store insights-bench}: how fast the insights answer on a store of many conversations. */
@Command(name = "insights-bench", mixinStandardHelpOptions = true,
        description = "Fills the configured store with 90 days of generated conversations (about ten messages each), then "
                + "times the dashboard's insights call over ranges of 2 to 90 days and prints p50/p99 per range and overall. "
                + "Use an empty store no server is using: it adds conversations.")
final class StoreInsightsBenchCommand extends GeneratedStoreBench {
    @Option(names = "--runs", defaultValue = "30", description = "Calls of each range (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    int runs() {
        return runs;
    }

    @Override
    Object measure(JdbcStorage storage, IntConsumer progress) {
        return new InsightsBenchmark().run(storage.bulk(), storage.insights(), conversations, runs, progress);
    }
}
