package dev.chatdesk.server.config;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the {@link ChatdeskConfig} from, in rising precedence: each key's default, a YAML or JSON
 * file, {@code CHATDESK_*} environment variables ({@code CHATDESK_} plus the key's path in upper
 * snake case: {@code connectors.telegram.botToken} is {@code CHATDESK_CONNECTORS_TELEGRAM_BOT_TOKEN}),
 * and command-line options. An empty variable leaves the key as the file has it; variables that name
 * no key are ignored. Anything wrong fails with one {@link ConfigException} naming the key.
 */
public final class ConfigLoader {
    private static final ConfigSchema SCHEMA = ConfigSchema.CHATDESK;

    private ConfigLoader() {}

    /**
     * The configuration from {@code file} (null: none), {@code environment} (normally {@link
     * System#getenv()}) and {@code overrides}.
     *
     * @throws ConfigException if the file cannot be read, or a key is unknown, of the wrong type, out
     *     of bounds, or a connector has only some of its credentials
     */
    public static ChatdeskConfig load(Path file, Map<String, String> environment, CommandLineOverrides overrides) {
        Map<String, Setting> settings = new HashMap<>();
        if (file != null) {
            ConfigFile.read(file, SCHEMA).forEach(setting -> settings.put(setting.key().path(), setting));
        }
        for (ConfigKey key : SCHEMA.keys()) {
            fromEnvironment(key, environment).ifPresent(setting -> settings.put(key.path(), setting));
        }
        overrides.settings(SCHEMA).forEach(setting -> settings.put(setting.key().path(), setting));
        ChatdeskConfig config = SCHEMA.build(key -> {
            Setting setting = settings.get(key.path());
            return setting == null ? key.defaultValue() : ValueParser.parse(setting);
        });
        refusePartlyConfiguredConnectors(config.connectors());
        return config;
    }

    private static Optional<Setting> fromEnvironment(ConfigKey key, Map<String, String> environment) {
        String variable = key.environmentVariable();
        String value = environment.get(variable);
        String alias = key.declaration().envAlias();
        if (isBlank(value) && !alias.isEmpty()) {
            variable = alias;
            value = environment.get(alias);
        }
        if (isBlank(value)) {
            return Optional.empty();
        }
        return Optional.of(Setting.scalar(key, value, "environment variable " + variable + " (" + key + ")"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * A connector with some credentials but not all would silently stay unmounted; that is almost
     * always a forgotten variable, so it fails the start instead.
     */
    private static void refusePartlyConfiguredConnectors(ConnectorsConfig connectors) {
        for (RecordComponent component : ConnectorsConfig.class.getRecordComponents()) {
            Record connector = (Record) ConfigRecords.read(connectors, component);
            List<String> missing = ConfigRecords.missingCredentials(connector);
            if (!missing.isEmpty() && missing.size() < ConfigRecords.credentialCount(connector.getClass())) {
                ConfigKey key = SCHEMA.requireKey("connectors." + component.getName() + "." + missing.getFirst());
                throw new ConfigException("connector '" + component.getName() + "' is only partly configured: "
                        + key + " (" + key.environmentVariable() + ") must be set too, or its other credentials removed");
            }
        }
    }
}
