package dev.chatdesk.server.cli;

import dev.chatdesk.server.app.Storages;
import dev.chatdesk.server.config.ChatdeskConfig;
import dev.chatdesk.server.config.CommandLineOverrides;
import dev.chatdesk.server.config.ConfigLoader;
import dev.chatdesk.server.config.EncryptionKeysParser;
import dev.chatdesk.storage.jdbc.JdbcStorage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/**
 * The {@code --config} and {@code --data-dir} options of a command that works on the server's
 * store, and the store they name, opened with the configured encryption keys.
 */
final class StoreOptions {
    @Option(names = "--config", description = "A YAML or JSON configuration file (environment variables CHATDESK_* override it).")
    Path config;

    @Option(names = "--data-dir", description = "The data directory (default ./data).")
    Path dataDir;

    /** The configuration the options and the environment give. */
    ChatdeskConfig settings() {
        return ConfigLoader.load(config, System.getenv(), new CommandLineOverrides(null, dataDir, null));
    }

    /** The configured store (a server may be running on it). */
    JdbcStorage openStore(ChatdeskConfig settings, Clock clock) {
        return Storages.open(settings.store(), clock, EncryptionKeysParser.cipher(settings.privacy()), UnaryOperator.identity());
    }
}
