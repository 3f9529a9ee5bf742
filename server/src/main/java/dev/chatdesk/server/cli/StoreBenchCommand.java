package dev.chatdesk.server.cli;

import dev.chatdesk.server.config.ChatdeskConfig;
import dev.chatdesk.storage.bench.TurnWrites;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chatdesk store bench}: how many customer turns a second the configured store takes. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Writes customer turns (the message, then the model's reading, the reply and the dialogue state) "
                + "into new conversations of the configured store at several concurrencies; prints turns a second "
                + "and p50/p99 latency. Use a store no server is using: it adds conversations.")
final class StoreBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--concurrency", split = ",", defaultValue = "1,8,32",
            description = "Conversations written at once, one run each (default: ${DEFAULT-VALUE}).")
    List<Integer> concurrencies;

    @Option(names = "--turns", defaultValue = "800", description = "Timed turns per run (default: ${DEFAULT-VALUE}).")
    int turns;

    @Mixin
    JsonOutput output;

    @Override
    public Integer call() throws Exception {
        if (turns < 1 || concurrencies.stream().anyMatch(c -> c < 1 || c > turns)) {
            throw new IllegalArgumentException("--turns must be at least 1 and each --concurrency in [1, turns], were "
                    + turns + " and " + concurrencies);
        }
        ChatdeskConfig settings = storeOptions.settings();
        try (JdbcStorage storage = storeOptions.openStore(settings, Clock.systemUTC())) {
            TurnWrites writes = new TurnWrites(storage.conversations());
            // Untimed: the connections, the JIT and the database's caches warm up.
            writes.run(4, 50);
            List<TurnWrites.Result> runs = new ArrayList<>();
            for (int concurrency : concurrencies) {
                runs.add(writes.run(concurrency, Math.max(1, turns / concurrency)));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("store", settings.store().type().name().toLowerCase(Locale.ROOT));
            out.put("runs", runs);
            output.print(spec, out);
        }
        return 0;
    }
}
