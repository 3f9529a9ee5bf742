package dev.chatdesk.core.bot;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.chatdesk.core.nlu.Language;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a bot from its directory: {@code bot.yml} (settings, optional), one {@code
 * intents/<name>.yml} per intent and one {@code flows/<name>.yml} per flow (optional), in each
 * language its settings list (texts written per language: see {@link LocalizedTree}). A mistake
 * in a file, a missing translation too, fails with the file's name and what is wrong.
 */
public final class BotDirectory {
    /** The class-path folder of the demo shop bot that ships with Chatdesk. */
    public static final String DEMO_BOT_RESOURCE = "bots/demo-shop";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private BotDirectory() {}

    /** Reads the bot in a directory (on disk or inside a jar), in its default language. */
    public static BotDefinition load(Path directory) throws IOException {
        return loadLanguages(directory).primary();
    }

    /** Reads the bot in a directory (on disk or inside a jar), in every language it speaks. */
    public static BotLanguages loadLanguages(Path directory) throws IOException {
        Path intentsDir = directory.resolve("intents");
        if (!Files.isDirectory(intentsDir)) {
            throw new IllegalArgumentException(directory + " is not a bot: it has no intents/ folder");
        }
        Path settingsFile = directory.resolve("bot.yml");
        JsonNode settingsTree = Files.exists(settingsFile) ? tree(settingsFile) : YAML.createObjectNode();
        List<Language> languages = languages(settingsFile, settingsTree);
        List<Path> intentFiles = yamlFiles(intentsDir);
        if (intentFiles.isEmpty()) {
            throw new IllegalArgumentException(intentsDir + " holds no intent files (*.yml)");
        }
        Map<Path, JsonNode> intentTrees = trees(intentFiles);
        Map<Path, JsonNode> flowTrees = trees(yamlFiles(directory.resolve("flows")));
        String name = directory.getFileName() == null ? "bot" : directory.getFileName().toString().replace("/", "");
        Map<Language, BotDefinition> byLanguage = new LinkedHashMap<>();
        for (Language language : languages) {
            List<IntentDefinition> intents = new ArrayList<>();
            for (Map.Entry<Path, JsonNode> file : intentTrees.entrySet()) {
                intents.add(readIntent(file.getKey(), localized(file, LocalizedTree.INTENT_TEXTS, languages, language), languages));
            }
            intents.sort(Comparator.comparing(IntentDefinition::name));
            List<FlowDefinition> flows = new ArrayList<>();
            for (Map.Entry<Path, JsonNode> file : flowTrees.entrySet()) {
                flows.add(bind(file.getKey(), localized(file, LocalizedTree.FLOW_TEXTS, languages, language), FlowDefinition.class));
            }
            flows.sort(Comparator.comparing(FlowDefinition::name));
            JsonNode settings = withDefaults(localized(Map.entry(settingsFile, settingsTree), LocalizedTree.SETTINGS_TEXTS,
                    languages, language), language);
            BotDefinition bot = new BotDefinition(name, language, bind(settingsFile, settings, BotSettings.class), intents, flows);
            BotValidation.check(directory, bot);
            byLanguage.put(language, bot);
        }
        return new BotLanguages(byLanguage);
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

    private static JsonNode tree(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode tree = YAML.readTree(in);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw new IllegalArgumentException(file + " is empty");
            }
            return tree;
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": " + e.getOriginalMessage(), e);
        }
    }

    private static Map<Path, JsonNode> trees(List<Path> files) throws IOException {
        Map<Path, JsonNode> trees = new LinkedHashMap<>();
        for (Path file : files) {
            trees.put(file, tree(file));
        }
        return trees;
    }

    private static List<Language> languages(Path settingsFile, JsonNode settings) {
        JsonNode listed = settings.path("languages");
        if (listed.isMissingNode() || listed.isNull()) {
            return List.of(Language.EN);
        }
        if (!listed.isArray() || listed.isEmpty()) {
            throw new IllegalArgumentException(settingsFile + ": 'languages' must be a list of language codes, like [en, zh]");
        }
        List<Language> languages = new ArrayList<>();
        for (JsonNode code : listed) {
            try {
                languages.add(Language.fromCode(code.asText()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(settingsFile + ": " + e.getMessage(), e);
            }
        }
        return languages;
    }

    private static JsonNode localized(Map.Entry<Path, JsonNode> file, Set<String> texts, List<Language> languages, Language language) {
        return new LocalizedTree(file.getKey().toString(), texts, languages).in(file.getValue(), language);
    }

    /** The settings with Chatdesk's own texts in the language for those the bot leaves out (English ones are the records' defaults). */
    private static JsonNode withDefaults(JsonNode settings, Language language) throws IOException {
        URL defaults = BotDirectory.class.getResource("defaults-" + language.code() + ".yml");
        if (defaults == null) {
            return settings;
        }
        try (InputStream in = defaults.openStream()) {
            return merged((ObjectNode) settings, YAML.readTree(in));
        }
    }

    private static ObjectNode merged(ObjectNode values, JsonNode defaults) {
        for (Map.Entry<String, JsonNode> field : defaults.properties()) {
            JsonNode value = values.get(field.getKey());
            if (value == null || value.isNull()) {
                values.set(field.getKey(), field.getValue());
            } else if (value.isObject() && field.getValue().isObject()) {
                merged((ObjectNode) value, field.getValue());
            }
        }
        return values;
    }

    private static <T> T bind(Path file, JsonNode tree, Class<T> type) {
        try {
            return YAML.treeToValue(tree, type);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }

    private static IntentDefinition readIntent(Path file, JsonNode tree, List<Language> languages) {
        IntentDefinition intent = bind(file, tree, IntentDefinition.class);
        if (intent.name() == null || intent.name().isBlank()) {
            throw new IllegalArgumentException(file + ": the 'intent' key (the intent's name) is missing");
        }
        if (intent.examples().isEmpty()) {
            throw new IllegalArgumentException(file + ": intent " + intent.name() + " has no examples");
        }
        if (languages.size() > 1 && !tree.has("title")) {
            // the title names the intent on "did you mean...?" buttons, so each language needs its own
            throw new IllegalArgumentException(file + ": 'title' must be written in each of the bot's languages");
        }
        return intent;
    }
}
