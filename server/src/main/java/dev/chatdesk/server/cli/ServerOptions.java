package dev.chatdesk.server.cli;

import dev.chatdesk.server.config.ChatdeskConfig;
import dev.chatdesk.server.config.CommandLineOverrides;
import dev.chatdesk.server.config.ConfigLoader;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --config}, {@code --data-dir} and {@code --bot} options of a command that runs the server. */
final class ServerOptions {
    @Option(names = "--config", description = "A YAML or JSON configuration file (environment variables CHATDESK_* override it).")
    Path config;

    @Option(names = "--data-dir", description = "The data directory (default ./data).")
    Path dataDir;

    @Option(names = "--bot", description = "The bot's directory (default: the demo bot).")
    Path bot;

    /** The configuration the options, the environment given and the port (null: the configured one) make. */
    ChatdeskConfig settings(Map<String, String> environment, Integer port) {
        return ConfigLoader.load(config, environment, new CommandLineOverrides(port, dataDir, bot));
    }
}
