package dev.chatdesk.models.encoder;

import ai.djl.ndarray.NDManager;
import dev.chatdesk.models.bert.TorchScriptBert;
import dev.chatdesk.models.text.WordPieceTokenizer;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * A user's own BERT exported to TorchScript, in a directory laid out by DJL's model-directory
 * convention:
 *
 * <ul>
 *   <li>{@code model.pt}: the TorchScript module (DJL's names: {@code <option.modelName>.pt}, else
 *       {@code <directory name>.pt}, else {@code model.pt}). Its {@code forward} takes input ids and
 *       attention mask [batch, tokens] (int64), plus token type ids if {@code includeTokenTypes},
 *       and returns the token embeddings [batch, tokens, hidden], alone or first in a tuple.
 *   <li>{@code tokenizer.json}: its HuggingFace tokenizer.
 *   <li>{@code serving.properties} (optional): {@code engine} (PyTorch, the default),
 *       {@code option.modelName}, {@code maxLength} (the longest input in tokens, default 512) and
 *       {@code includeTokenTypes} (default false), the keys DJL's HuggingFace translators read.
 *       Other keys are ignored.
 * </ul>
 *
 * <p>Reading the directory checks the files and hashes them; libtorch loads the module each time
 * a network is made from it.
 */
public final class TorchScriptEncoder implements EncoderSource {
    /** The optional settings file of a DJL model directory. */
    public static final String PROPERTIES_FILE = "serving.properties";

    /** The tokenizer file of a DJL model directory. */
    public static final String TOKENIZER_FILE = "tokenizer.json";

    private static final String ENGINE = "PyTorch";
    private static final String DEFAULT_MODEL_NAME = "model";
    private static final int DEFAULT_MAX_LENGTH = 512;

    private final Path modelFile;
    private final byte[] tokenizerJson;
    private final int maxLength;
    private final boolean includeTokenTypes;
    private final String fingerprint;

    private TorchScriptEncoder(Path modelFile, byte[] tokenizerJson, int maxLength, boolean includeTokenTypes)
            throws IOException {
        this.modelFile = modelFile;
        this.tokenizerJson = tokenizerJson;
        this.maxLength = maxLength;
        this.includeTokenTypes = includeTokenTypes;
        this.fingerprint = String.join(":", "torchscript", Sha256.of(modelFile), Sha256.of(tokenizerJson),
                "maxLength=" + maxLength, "includeTokenTypes=" + includeTokenTypes);
    }

    /**
     * Reads a model directory.
     *
     * @throws IllegalArgumentException naming the file and value when a file is missing or a
     *     setting is wrong
     */
    public static TorchScriptEncoder fromDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(directory + " is not a directory");
        }
        Path propertiesFile = directory.resolve(PROPERTIES_FILE);
        Properties properties = new Properties();
        if (Files.isRegularFile(propertiesFile)) {
            try (Reader reader = Files.newBufferedReader(propertiesFile)) {
                properties.load(reader);
            }
        }
        String engine = properties.getProperty("engine", ENGINE).trim();
        if (!engine.equals(ENGINE)) {
            throw new IllegalArgumentException(propertiesFile + " names engine " + engine
                    + ": a TorchScript encoder runs on " + ENGINE);
        }
        Path tokenizer = directory.resolve(TOKENIZER_FILE);
        if (!Files.isRegularFile(tokenizer)) {
            throw new IllegalArgumentException(directory + " has no " + TOKENIZER_FILE + " (the encoder's tokenizer)");
        }
        return new TorchScriptEncoder(
                modelFile(directory, properties.getProperty("option.modelName")),
                Files.readAllBytes(tokenizer),
                positive(properties, "maxLength", DEFAULT_MAX_LENGTH, propertiesFile),
                bool(properties, "includeTokenTypes", propertiesFile));
    }

    /** The first of DJL's candidate names that is a file. */
    private static Path modelFile(Path directory, String modelName) {
        Set<String> names = new LinkedHashSet<>();
        if (modelName != null && !modelName.isBlank()) {
            names.add(modelName.trim());
        }
        names.add(directory.toAbsolutePath().normalize().getFileName().toString());
        names.add(DEFAULT_MODEL_NAME);
        List<String> tried = new ArrayList<>();
        for (String name : names) {
            String file = name.endsWith(".pt") ? name : name + ".pt";
            tried.add(file);
            if (Files.isRegularFile(directory.resolve(file))) {
                return directory.resolve(file);
            }
        }
        throw new IllegalArgumentException(directory + " has no TorchScript model: looked for " + String.join(", ", tried));
    }

    private static int positive(Properties properties, String key, int defaultValue, Path file) {
        String value = properties.getProperty(key);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, with the file and the value
        }
        throw new IllegalArgumentException(file + ": " + key + " must be a positive whole number, was '" + value + "'");
    }

    private static boolean bool(Properties properties, String key, Path file) {
        String value = properties.getProperty(key, "false").trim().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(file + ": " + key + " must be true or false, was '"
                    + properties.getProperty(key) + "'");
        }
        return Boolean.parseBoolean(value);
    }

    /** The {@code maxLength} of {@code serving.properties}. */
    @Override
    public int maxTokens() {
        return maxLength;
    }

    @Override
    public WordPieceTokenizer newTokenizer(int maxTokens) {
        return new WordPieceTokenizer(tokenizerJson, maxTokens);
    }

    /** Loads the module, trainable; it keeps the dropout it was exported with. */
    @Override
    public TorchScriptBert newEncoder(NDManager manager, float dropout) {
        DjlRuntime.pytorch();
        return TorchScriptBert.load(manager, modelFile, includeTokenTypes);
    }

    /** The hashes of the model and tokenizer files, and the settings that change what the encoder sees. */
    @Override
    public String fingerprint() {
        return fingerprint;
    }
}
