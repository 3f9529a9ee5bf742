package dev.chatdesk.kb.index;

import dev.chatdesk.core.kb.TextEmbedder;
import dev.chatdesk.core.nlu.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The sentence embedder of each language: one given for every language, and others created on
 * first use for the languages that have their own ({@code with}), so that a knowledge base without
 * Chinese articles or questions never loads the Chinese encoder (about 100 MB). Closing it closes
 * the embedders it created, never the one it was given. Thread-safe; immutable apart from the
 * embedders it creates.
 */
public final class Embedders implements AutoCloseable {
    private final TextEmbedder fallback;
    private final Map<Language, Supplier<? extends TextEmbedder>> factories;
    private final Map<Language, TextEmbedder> created = new EnumMap<>(Language.class);

    private Embedders(TextEmbedder fallback, Map<Language, Supplier<? extends TextEmbedder>> factories) {
        this.fallback = Objects.requireNonNull(fallback, "embedder");
        this.factories = factories;
    }

    /** One embedder for every language (an English-only knowledge base, tests). */
    public static Embedders of(TextEmbedder forEveryLanguage) {
        return new Embedders(forEveryLanguage, new EnumMap<>(Language.class));
    }

    /** These embedders with the given language's own, created by {@code factory} on its first use. */
    public Embedders with(Language language, Supplier<? extends TextEmbedder> factory) {
        Map<Language, Supplier<? extends TextEmbedder>> more = new EnumMap<>(Language.class);
        more.putAll(factories);
        more.put(Objects.requireNonNull(language, "language"), Objects.requireNonNull(factory, "factory"));
        return new Embedders(fallback, more);
    }

    /** The embedder of a language, created now if it is its first use. */
    public TextEmbedder forLanguage(Language language) {
        Supplier<? extends TextEmbedder> factory = factories.get(language);
        if (factory == null) {
            return fallback;
        }
        synchronized (created) {
            return created.computeIfAbsent(language, l -> Objects.requireNonNull(factory.get(), "the " + l.code() + " embedder"));
        }
    }

    /** Closes the embedders it created. */
    @Override
    public void close() {
        synchronized (created) {
            for (TextEmbedder embedder : created.values()) {
                if (embedder instanceof AutoCloseable closeable) {
                    try {
                        closeable.close();
                    } catch (Exception e) {
                        throw new IllegalStateException("could not close an embedder", e);
                    }
                }
            }
            created.clear();
        }
    }
}
