package dev.chatdesk.kb.bench;

import dev.chatdesk.core.kb.Article;
import dev.chatdesk.core.kb.TextEmbedder;
import dev.chatdesk.kb.index.KbSettings;
import dev.chatdesk.kb.index.LuceneKnowledgeBase;
import dev.chatdesk.kb.index.PassageVectorCache;
import dev.chatdesk.kb.index.ProgressEmbedder;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The benchmark's index of a generated corpus, kept under {@code <data-dir>/kb-bench/<key>/} where
 * the key is a hash of everything the index depends on: the generator's and the index format's
 * versions, the source articles, the size, the seed and the embedder. Building it embeds every
 * passage (twenty minutes for 50,000 on two cores); a later run with the same key reuses the
 * index, and a rebuild of the same passages reuses their vectors.
 *
 * @param directory the index's folder
 * @param passages the number of passages in it
 * @param articles the number of articles in it
 * @param indexSeconds how long building it took (when it was built, for a reused index)
 * @param reused whether an index built by an earlier run was reused
 */
public record BenchIndex(Path directory, int passages, int articles, double indexSeconds, boolean reused) {
    private static final String DONE_FILE = "built.properties";

    /**
     * The index for these parameters, built unless an earlier run built it.
     *
     * @param embedderName names the embedder's model, since another model gives other vectors
     */
    public static BenchIndex prepare(Path dataDirectory, List<Article> sources, int passages, long seed,
            TextEmbedder embedder, String embedderName, Consumer<String> progress) throws IOException {
        String key = key(sources, passages, seed, embedder.dimensions(), embedderName);
        Path directory = dataDirectory.resolve("kb-bench").resolve(key);
        Path done = directory.resolve(DONE_FILE);
        if (Files.isRegularFile(done)) {
            Properties built = new Properties();
            try (Reader reader = Files.newBufferedReader(done, StandardCharsets.UTF_8)) {
                built.load(reader);
            }
            progress.accept("reusing the index built earlier in " + directory);
            return new BenchIndex(directory, passages, Integer.parseInt(built.getProperty("articles")),
                    Double.parseDouble(built.getProperty("indexSeconds")), true);
        }
        deleteTree(directory); // a run stopped halfway left an incomplete index
        Files.createDirectories(directory);
        List<Article> articles = GeneratedCorpus.generate(sources, passages, seed);
        progress.accept("indexing " + articles.size() + " generated articles (" + passages + " passages) into " + directory);
        long started = System.nanoTime();
        TextEmbedder caching = PassageVectorCache.open(dataDirectory.resolve("kb-bench").resolve("vectors"), embedderName,
                new ProgressEmbedder(embedder, progress));
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(directory, caching, KbSettings.defaults())) {
            kb.replaceAll(articles);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Properties built = new Properties();
        built.setProperty("articles", Integer.toString(articles.size()));
        built.setProperty("indexSeconds", Double.toString(seconds));
        try (Writer writer = Files.newBufferedWriter(done, StandardCharsets.UTF_8)) {
            built.store(writer, "benchmark index of " + passages + " generated passages, seed " + seed);
        }
        return new BenchIndex(directory, passages, articles.size(), seconds, false);
    }

    private static String key(List<Article> sources, int passages, long seed, int dimensions, String embedderName) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String parameters = String.join("\n", "corpus " + GeneratedCorpus.VERSION,
                    "index " + LuceneKnowledgeBase.INDEX_FORMAT, "passages " + passages, "seed " + seed,
                    "embedder " + embedderName + " " + dimensions);
            digest.update(parameters.getBytes(StandardCharsets.UTF_8));
            for (Article source : sources) {
                digest.update((source.id() + "\n" + source.title() + "\n" + source.body() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
