package dev.chatdesk.server.config;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Loads configurations for the tests: from text written to a file, and an environment map. */
final class ConfigFiles {
    private ConfigFiles() {}

    /** {@code lines} written to {@code dir/name}. */
    static Path write(Path dir, String name, String... lines) {
        try {
            return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The configuration of a YAML file holding {@code lines}. */
    static ChatdeskConfig loadYaml(Path dir, String... lines) {
        return ConfigLoader.load(write(dir, "chatdesk.yaml", lines), Map.of(), CommandLineOverrides.NONE);
    }

    /** The configuration of the environment {@code variables} alone. */
    static ChatdeskConfig loadEnvironment(Map<String, String> variables) {
        return ConfigLoader.load(null, variables, CommandLineOverrides.NONE);
    }

    /** The message of the failure to load a YAML file holding {@code lines}. */
    static String yamlFailure(Path dir, String... lines) {
        return assertThrows(ConfigException.class, () -> loadYaml(dir, lines)).getMessage();
    }

    /** The message of the failure to load the environment {@code variables}. */
    static String environmentFailure(Map<String, String> variables) {
        return assertThrows(ConfigException.class, () -> loadEnvironment(variables)).getMessage();
    }
}
