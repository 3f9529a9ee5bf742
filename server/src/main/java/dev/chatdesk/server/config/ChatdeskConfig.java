package dev.chatdesk.server.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The whole server configuration: an immutable tree of records, every value checked and every
 * unset key at its safe default. Build it with {@link ConfigLoader#load} (or {@link #defaults()});
 * each {@link Key}-annotated component is a key whose path is the component names joined by dots.
 * Immutable, so one instance is shared by every thread; its {@code toString()} masks every
 * {@link Secret}.
 *
 * @param server the HTTP listener
 * @param dataDir where the database, search index and trained models live
 * @param bot the bot directory; null: the demo bot inside the jar
 * @param store the storage back end
 * @param cluster the other nodes this one acts as one with
 * @param nlu how the NLU model serves messages
 * @param dialogue thresholds that override the bot's own
 * @param limits sizes and rates
 * @param auth agent and admin sign-in
 * @param privacy how customers' data is protected at rest
 * @param insights what the insights watch for
 * @param demo the demo shop
 * @param connectors the messaging-platform connectors
 */
public record ChatdeskConfig(
        ServerConfig server,
        @Key(defaultValue = "./data",
                doc = "Directory of the database, the search index and trained models; created if missing.")
        Path dataDir,
        @Key(existingDirectory = true, derivedDefault = "the demo bot inside the jar",
                doc = "Directory of the bot to run (settings, intents, flows, articles).")
        Path bot,
        StoreConfig store,
        ClusterConfig cluster,
        NluConfig nlu,
        DialogueConfig dialogue,
        LimitsConfig limits,
        AuthConfig auth,
        PrivacyConfig privacy,
        InsightsConfig insights,
        DemoConfig demo,
        ConnectorsConfig connectors) {
    /** Works out the defaults that depend on other keys (the store file, the demo order API) and checks the PostgreSQL settings. */
    public ChatdeskConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        if (store.path() == null) {
            store = store.withPath(dataDir.resolve("chatdesk.db"));
        }
        if (store.type() == StoreType.POSTGRES) {
            // Checked at load, like every other key: a missing or wrong URL fails the start with its key named.
            store.postgres();
        }
        if (cluster.enabled() && store.type() != StoreType.POSTGRES) {
            throw new ConfigException("cluster.enabled needs a store the nodes share: set store.type postgres");
        }
        if (cluster.enabled() && cluster.host() == null) {
            throw new ConfigException("cluster.enabled needs cluster.host: this node's address as the other members reach it");
        }
        OrderServiceConfig orderService = demo.orderService();
        if (orderService.enabled() == null) {
            // The demo bot's order-status flow needs the order API; another bot would not call it.
            demo = new DemoConfig(new OrderServiceConfig(bot == null, orderService.port()));
        }
    }

    /** The configuration with every key at its default: no file, no environment, no options. */
    public static ChatdeskConfig defaults() {
        return ConfigLoader.load(null, Map.of(), CommandLineOverrides.NONE);
    }
}
