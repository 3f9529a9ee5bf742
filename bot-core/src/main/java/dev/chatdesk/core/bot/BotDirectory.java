package dev.chatdesk.core.bot;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Reads a bot from its directory: one {@code intents/<name>.yml} per intent. A mistake in a file
 * fails with the file's name and what is wrong.
 */
public final class BotDirectory {
    /** The class-path folder of the demo shop bot that ships with Chatdesk. */
    public static final String DEMO_BOT_RESOURCE = "bots/demo-shop";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private BotDirectory() {}

    /** Reads the bot in a directory (on disk or inside a jar). */
    public static BotDefinition load(Path directory) throws IOException {
        Path intentsDir = directory.resolve("intents");
        if (!Files.isDirectory(intentsDir)) {
            throw new IllegalArgumentException(directory + " is not a bot: it has no intents/ folder");
        }
        List<IntentDefinition> intents = new ArrayList<>();
        try (Stream<Path> files = Files.list(intentsDir)) {
            for (Path file : files.filter(BotDirectory::isYaml).sorted().toList()) {
                intents.add(readIntent(file));
            }
        }
        if (intents.isEmpty()) {
            throw new IllegalArgumentException(intentsDir + " holds no intent files (*.yml)");
        }
        intents.sort(Comparator.comparing(IntentDefinition::name));
        String name = directory.getFileName() == null ? "bot" : directory.getFileName().toString().replace("/", "");
        return new BotDefinition(name, intents);
    }

    /** Reads the demo bot that ships inside Chatdesk's jar. */
    public static BotDefinition loadDemo() throws IOException {
        return load(demoDirectory());
    }

    /** The demo bot's directory inside the jar (or the classes folder when run from source). */
    private static Path demoDirectory() throws IOException {
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

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }

    private static IntentDefinition readIntent(Path file) throws IOException {
        IntentDefinition intent;
        try (InputStream in = Files.newInputStream(file)) {
            intent = YAML.readValue(in, IntentDefinition.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": " + e.getOriginalMessage(), e);
        }
        if (intent == null || intent.name() == null || intent.name().isBlank()) {
            throw new IllegalArgumentException(file + ": the 'intent' key (the intent's name) is missing");
        }
        if (intent.examples().isEmpty()) {
            throw new IllegalArgumentException(file + ": intent " + intent.name() + " has no examples");
        }
        return intent;
    }
}
