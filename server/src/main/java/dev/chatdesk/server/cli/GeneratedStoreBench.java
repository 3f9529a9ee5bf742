package dev.chatdesk.server.cli;

import dev.chatdesk.server.config.ChatdeskConfig;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What the store benchmarks on generated conversations share: the store to fill, how many
 * conversations and timed runs, the progress of the fill, and the JSON result naming the store.
 */
abstract class GeneratedStoreBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--conversations", defaultValue = "100000",
            description = "Conversations to generate (default: ${DEFAULT-VALUE}).")
    int conversations;

    @Mixin
    JsonOutput output;

    /** How many timed runs of each kind. */
    abstract int runs();

    /** Fills the store with the conversations, telling {@code progress}, and measures; the result to print. */
    abstract Object measure(JdbcStorage storage, IntConsumer progress);

    @Override
    public Integer call() throws Exception {
        if (conversations < 1 || runs() < 1) {
            throw new IllegalArgumentException("--conversations and --runs must be at least 1, were " + conversations
                    + " and " + runs());
        }
        ChatdeskConfig settings = storeOptions.settings();
        try (JdbcStorage storage = storeOptions.openStore(settings, Clock.systemUTC())) {
            Object result = measure(storage, FillProgress.to(spec.commandLine().getErr(), conversations));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("store", settings.store().type().name().toLowerCase(Locale.ROOT));
            out.put("result", result);
            output.print(spec, out);
        }
        return 0;
    }
}
