package dev.chatdesk.server.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a YAML or JSON configuration file into {@link Setting}s, refusing keys the schema does not
 * know. A {@code .json} file is read as JSON, anything else as YAML. A null or empty value leaves
 * the key unset.
 */
final class ConfigFile {
    private static final ObjectMapper JSON = strict(new ObjectMapper());
    private static final ObjectMapper YAML = strict(new ObjectMapper(new YAMLFactory()));

    private final Path file;
    private final ConfigSchema schema;
    private final List<Setting> settings = new ArrayList<>();

    private ConfigFile(Path file, ConfigSchema schema) {
        this.file = file;
        this.schema = schema;
    }

    /** The settings of {@code file}. */
    static List<Setting> read(Path file, ConfigSchema schema) {
        ConfigFile reader = new ConfigFile(file, schema);
        JsonNode root = reader.parse();
        if (root.isMissingNode() || root.isNull()) {
            return List.of();
        }
        if (!root.isObject()) {
            throw new ConfigException("configuration file " + file + " must hold a mapping of keys");
        }
        reader.collect(root, "");
        return reader.settings;
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        // A key given twice is a mistake whichever of the two was meant.
        return mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    private JsonNode parse() {
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("configuration file " + file + " does not exist");
        }
        try {
            JsonNode root = (json ? JSON : YAML).readTree(file.toFile());
            return root == null ? JSON.missingNode() : root;
        } catch (JsonProcessingException e) {
            // Only the first line of the parser's message: the rest quotes the file, secrets and all.
            String reason = e.getOriginalMessage().lines().findFirst().orElse("unreadable");
            JsonLocation where = e.getLocation();
            String position = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            throw new ConfigException("configuration file " + file + " is not valid " + (json ? "JSON" : "YAML")
                    + position + ": " + reason, e);
        } catch (IOException e) {
            throw new ConfigException("configuration file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private void collect(JsonNode section, String prefix) {
        for (Map.Entry<String, JsonNode> field : section.properties()) {
            String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            JsonNode value = field.getValue();
            if (schema.isSection(path)) {
                collectSection(path, value);
            } else {
                ConfigKey key = schema.key(path).orElseThrow(
                        () -> new ConfigException("unknown configuration key '" + path + "' in " + file));
                collectKey(key, value);
            }
        }
    }

    private void collectSection(String path, JsonNode value) {
        if (value.isNull()) {
            return;
        }
        if (!value.isObject()) {
            String given = value.isArray() ? "a list" : "'" + value.asText() + "'";
            throw new ConfigException("configuration key '" + path + "' must be a mapping of keys, was " + given);
        }
        collect(value, path);
    }

    private void collectKey(ConfigKey key, JsonNode value) {
        String source = key.toString();
        if (value.isObject() && key.declaration().pairs()) {
            List<String> pairs = new ArrayList<>();
            value.properties().forEach(pair -> pairs.add(pair.getKey() + ":" + pair.getValue().asText()));
            settings.add(Setting.scalar(key, String.join(",", pairs), source));
            return;
        }
        if (value.isObject()) {
            throw new ConfigException(source + " must be a single value, was a mapping");
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isValueNode() || item.isNull()) {
                    throw new ConfigException(source + " must be a list of single values");
                }
                items.add(item.asText());
            }
            settings.add(Setting.list(key, items, source));
        } else if (!value.isNull() && !value.asText().isBlank()) {
            settings.add(Setting.scalar(key, value.asText(), source));
        }
    }
}
