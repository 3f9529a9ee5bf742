package dev.chatdesk.server.config;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every key and section of {@link ChatdeskConfig}, found once by reflection over the records: the one
 * mapping from key paths to environment variables, defaults and types. A component with {@link Key}
 * is a key; one without is a section and must be a record. Building the schema checks the tree
 * itself (supported types, parseable defaults, no two keys sharing an environment variable), so a
 * mistake in the records fails every configuration test at once.
 */
final class ConfigSchema {
    /** The schema of the server's configuration. */
    static final ConfigSchema CHATDESK = new ConfigSchema(ChatdeskConfig.class);

    private final Class<? extends Record> root;
    private final Map<String, ConfigKey> keys = new LinkedHashMap<>();
    private final Map<String, Class<?>> sections = new HashMap<>();
    private final Map<String, String> keyPathByVariable = new HashMap<>();

    private ConfigSchema(Class<? extends Record> root) {
        this.root = root;
        addSection("", root);
    }

    /** Every key, in the order the records declare them. */
    Collection<ConfigKey> keys() {
        return Collections.unmodifiableCollection(keys.values());
    }

    /** The key at {@code path}, if there is one. */
    Optional<ConfigKey> key(String path) {
        return Optional.ofNullable(keys.get(path));
    }

    /** The key at {@code path}, which the caller knows exists. */
    ConfigKey requireKey(String path) {
        return key(path).orElseThrow(() -> new IllegalArgumentException("no configuration key " + path));
    }

    /** Whether {@code path} names a section, a group of keys. */
    boolean isSection(String path) {
        return sections.containsKey(path);
    }

    /** The configuration with each key's value from {@code valueOf}. */
    ChatdeskConfig build(Function<ConfigKey, Object> valueOf) {
        return (ChatdeskConfig) instantiate("", root, valueOf);
    }

    private Object instantiate(String prefix, Class<?> type, Function<ConfigKey, Object> valueOf) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String path = join(prefix, components[i].getName());
            ConfigKey key = keys.get(path);
            arguments[i] = key != null ? valueOf.apply(key) : instantiate(path, components[i].getType(), valueOf);
        }
        return ConfigRecords.construct(type, arguments);
    }

    private void addSection(String path, Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalStateException(path + " has no @Key and is not a record, so it is neither key nor section");
        }
        sections.put(path, type);
        for (RecordComponent component : type.getRecordComponents()) {
            String childPath = join(path, component.getName());
            Key declaration = component.getAnnotation(Key.class);
            if (declaration == null) {
                addSection(childPath, component.getType());
            } else {
                addKey(new ConfigKey(childPath, ConfigKey.environmentVariableFor(childPath), component, declaration));
            }
        }
    }

    private void addKey(ConfigKey key) {
        Class<?> type = key.component().getType();
        if (!ValueParser.understands(type)) {
            throw new IllegalStateException(key + " has a type the loader cannot parse: " + type);
        }
        if (type == List.class
                && !(key.component().getGenericType() instanceof ParameterizedType list
                        && list.getActualTypeArguments()[0] == String.class)) {
            throw new IllegalStateException(key + " must be a List<String>");
        }
        if (type.isPrimitive() && key.declaration().defaultValue().isEmpty()) {
            throw new IllegalStateException(key + " is a primitive and needs a default");
        }
        // Parsing the default now makes a bad one fail every test, not some user's start.
        key.defaultValue();
        claimVariable(key.environmentVariable(), key);
        if (!key.declaration().envAlias().isEmpty()) {
            claimVariable(key.declaration().envAlias(), key);
        }
        keys.put(key.path(), key);
    }

    private void claimVariable(String variable, ConfigKey key) {
        String earlier = keyPathByVariable.putIfAbsent(variable, key.path());
        if (earlier != null) {
            throw new IllegalStateException(key + " and '" + earlier + "' would share " + variable);
        }
    }

    private static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }
}
