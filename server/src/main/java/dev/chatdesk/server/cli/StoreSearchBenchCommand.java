package dev.chatdesk.server.cli;

import dev.chatdesk.server.config.ChatdeskConfig;
import dev.chatdesk.storage.bench.SearchBenchmark;
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

/** {@code chatdesk store search-bench}: how fast agents' searches answer on a store of many conversations. */
@Command(name = "search-bench", mixinStandardHelpOptions = true,
        description = "Fills the configured store with generated conversations (about ten messages each), then times "
                + "the inbox's searches (order numbers, e-mail addresses, names, common words, Chinese, views) and prints "
                + "p50/p99 per kind and overall. Use an empty store no server is using: it adds conversations.")
final class StoreSearchBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--conversations", defaultValue = "100000",
            description = "Conversations to generate (default: ${DEFAULT-VALUE}).")
    int conversations;

    @Option(names = "--runs", defaultValue = "200", description = "Searches of each kind (default: ${DEFAULT-VALUE}).")
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
            SearchBenchmark.Result result = new SearchBenchmark().run(storage.bulk(), storage.conversations(), conversations,
                    runs, FillProgress.to(spec.commandLine().getErr(), conversations));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("store", settings.store().type().name().toLowerCase(Locale.ROOT));
            out.put("result", result);
            output.print(spec, out);
        }
        return 0;
    }
}
