package dev.chatdesk.server.cli;

import dev.chatdesk.storage.bench.SearchBenchmark;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import java.util.function.IntConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chatdesk store search-bench}: how fast agents' searches answer on a store of many conversations. */
@Command(name = "search-bench", mixinStandardHelpOptions = true,
        description = "Fills the configured store with generated conversations (about ten messages each), then times "
                + "the inbox's searches (order numbers, e-mail addresses, names, common words, Chinese, views) and prints "
                + "p50/p99 per kind and overall. Use an empty store no server is using: it adds conversations.")
final class StoreSearchBenchCommand extends GeneratedStoreBench {
    @Option(names = "--runs", defaultValue = "200", description = "Searches of each kind (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    int runs() {
        return runs;
    }

    @Override
    Object measure(JdbcStorage storage, IntConsumer progress) {
        return new SearchBenchmark().run(storage.bulk(), storage.conversations(), conversations, runs, progress);
    }
}
