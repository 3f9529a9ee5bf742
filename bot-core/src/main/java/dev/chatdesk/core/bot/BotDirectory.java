package dev.chatdesk.core.bot;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a bot from its directory: {@code bot.yml} (settings, optional), one {@code
 * intents/<name>.yml} per intent and one {@code flows/<name>.yml} per flow (optional). A mistake
 * in a file fails with the file's name and what is wrong.
 */
public final class BotDirectory {
    /** The class-path folder of the demo shop bot that ships with Chatdesk. */
    public static final String DEMO_BOT_RESOURCE = "bots/demo-shop";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private BotDirectory() {}

    /** Reads the bot in a directory (on disk or inside a jar). */
    public static BotDefinition load(Path directory) throws IOException {
        Path intentsDir = directory.resolve("intents");
        if (!Files.isDirectory(intentsDir)) {
            throw new IllegalArgumentException(directory + " is not a bot: it has no intents/ folder");
        }
        List<IntentDefinition> intents = new ArrayList<>();
        for (Path file : yamlFiles(intentsDir)) {
            intents.add(readIntent(file));
        }
        if (intents.isEmpty()) {
            throw new IllegalArgumentException(intentsDir + " holds no intent files (*.yml)");
        }
        intents.sort(Comparator.comparing(IntentDefinition::name));
        List<FlowDefinition> flows = new ArrayList<>();
        for (Path file : yamlFiles(directory.resolve("flows"))) {
            flows.add(read(file, FlowDefinition.class));
        }
        flows.sort(Comparator.comparing(FlowDefinition::name));
        Path settingsFile = directory.resolve("bot.yml");
        BotSettings settings = Files.exists(settingsFile) ? read(settingsFile, BotSettings.class) : BotSettings.DEFAULTS;
        String name = directory.getFileName() == null ? "bot" : directory.getFileName().toString().replace("/", "");
        BotDefinition bot = new BotDefinition(name, settings, intents, flows);
        BotValidation.check(directory, bot);
        return bot;
    }

    /** Reads the demo bot that ships inside Chatdesk's jar. */
    public static BotDefinition loadDemo() throws IOException {
        return load(demoDirectory());
    }

    /** The demo bot's directory inside the jar (or the classes folder when run from source). */
    public static Path demoDirectory() throws IOException {
        URL url = BotDirectory.class.getClassLoader().getResource(DEMO_BOT_RESOURCE + "/intents");
        if (url == null) {
            throw new IllegalStateException("the demo bot is missing from the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    FileSystems.newFileSystem(uri, Map.of());
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> yamlFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(BotDirectory::isYaml).sorted().toList();
        }
    }

    private static <T> T read(Path file, Class<T> type) throws IOException {
        T value;
        try (InputStream in = Files.newInputStream(file)) {
            value = YAML.readValue(in, type);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        if (value == null) {
            throw new IllegalArgumentException(file + " is empty");
        }
        return value;
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }

    private static IntentDefinition readIntent(Path file) throws IOException {
        IntentDefinition intent = read(file, IntentDefinition.class);
        if (intent.name() == null || intent.name().isBlank()) {
            throw new IllegalArgumentException(file + ": the 'intent' key (the intent's name) is missing");
        }
        if (intent.examples().isEmpty()) {
            throw new IllegalArgumentException(file + ": intent " + intent.name() + " has no examples");
        }
        return intent;
    }
}
