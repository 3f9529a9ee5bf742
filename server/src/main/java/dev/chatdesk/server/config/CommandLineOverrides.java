package dev.chatdesk.server.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@code ./chatdesk serve} that set configuration keys; they win over the file and
 * the environment. A null field was not given.
 *
 * @param port {@code --port}: {@code server.port}
 * @param dataDir {@code --data-dir}: {@code dataDir}
 * @param bot {@code --bot}: {@code bot}
 */
public record CommandLineOverrides(Integer port, Path dataDir, Path bot) {
    /** No options given. */
    public static final CommandLineOverrides NONE = new CommandLineOverrides(null, null, null);

    /** The options given, as settings of their keys. */
    List<Setting> settings(ConfigSchema schema) {
        List<Setting> settings = new ArrayList<>();
        add(settings, schema, "--port", "server.port", port);
        add(settings, schema, "--data-dir", "dataDir", dataDir);
        add(settings, schema, "--bot", "bot", bot);
        return settings;
    }

    private static void add(List<Setting> settings, ConfigSchema schema, String option, String path, Object value) {
        if (value != null) {
            ConfigKey key = schema.requireKey(path);
            settings.add(Setting.scalar(key, value.toString(), "option " + option + " (" + key + ")"));
        }
    }
}
