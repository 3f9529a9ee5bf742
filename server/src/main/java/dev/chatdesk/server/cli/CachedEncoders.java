package dev.chatdesk.server.cli;

import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.kb.index.Embedders;
import dev.chatdesk.kb.index.PassageVectorCache;
import dev.chatdesk.kb.index.ProgressEmbedder;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.encoder.SentenceEmbedder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The default sentence encoders for the knowledge base commands: each behind a passage vector
 * cache in a directory (a corpus indexed again embeds only what changed), reporting long
 * embedding runs on standard error.
 */
final class CachedEncoders {
    private CachedEncoders() {}

    /** The language's default encoder behind the cache in {@code directory}; closing it frees the encoder. */
    static PassageVectorCache of(Language language, Path directory, Consumer<String> progress) throws IOException {
        PretrainedEncoder encoder = PretrainedEncoder.defaultEncoder(language);
        return PassageVectorCache.open(directory, encoder.fingerprint(), new ProgressEmbedder(new SentenceEmbedder(encoder), progress));
    }

    /** English for every language, and Chinese's own encoder loaded when a Chinese text comes; all cached in {@code directory}. */
    static Embedders everyLanguage(Path directory, Consumer<String> progress) throws IOException {
        return Embedders.of(of(Language.EN, directory, progress)).with(Language.ZH, () -> {
            try {
                return of(Language.ZH, directory, progress);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Progress lines on the command's standard error. */
    static Consumer<String> progress(CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        return message -> {
            err.println(message);
            err.flush();
        };
    }
}
