package dev.chatdesk.models.training;

import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.models.encoder.EncoderSource;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.encoder.TorchScriptEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The encoder a bot's model is fine-tuned from: the bot's own when its directory holds one as
 * {@code models/<name>/} (a {@link TorchScriptEncoder} directory), else the default
 * all-MiniLM-L6-v2.
 */
public final class BotEncoder {
    /** The folder of a bot directory that holds the bot's own encoder. */
    public static final String MODELS_FOLDER = "models";

    private BotEncoder() {}

    /**
     * The encoder of the bot in this directory.
     *
     * @throws IllegalArgumentException if {@code models/} holds more than one encoder, or the
     *     bot's encoder directory is incomplete
     */
    public static EncoderSource of(Path botDirectory) throws IOException {
        return of(botDirectory, Language.EN);
    }

    /**
     * The encoder of the bot in this directory, or the language's default pretrained encoder when
     * the bot brings none.
     *
     * @throws IllegalArgumentException if {@code models/} holds more than one encoder, or the
     *     bot's encoder directory is incomplete
     */
    public static EncoderSource of(Path botDirectory, Language language) throws IOException {
        Path models = botDirectory.resolve(MODELS_FOLDER);
        if (!Files.isDirectory(models)) {
            return PretrainedEncoder.defaultEncoder(language);
        }
        List<Path> encoders;
        try (Stream<Path> entries = Files.list(models)) {
            encoders = entries.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
        if (encoders.isEmpty()) {
            return PretrainedEncoder.defaultEncoder();
        }
        if (encoders.size() > 1) {
            throw new IllegalArgumentException(models + " holds " + encoders.size() + " encoders ("
                    + String.join(", ", encoders.stream().map(p -> p.getFileName().toString()).toList())
                    + "): a bot's model is fine-tuned from one, so keep only that one");
        }
        return TorchScriptEncoder.fromDirectory(encoders.get(0));
    }
}
