package dev.chatdesk.server.app;

import dev.chatdesk.core.kb.Article;
import dev.chatdesk.kb.articles.ArticleFiles;
import dev.chatdesk.kb.index.LuceneKnowledgeBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Keeps the knowledge base in step with the bot's own {@code articles/} folder: imported on first
 * start and again whenever those files change, so a restart does not re-embed unchanged articles
 * and does not undo what admins changed through the API since.
 */
final class BotArticles {
    private static final String MARKER = "bot-articles.sha256";

    private BotArticles() {}

    /** Imports the bot's articles when they differ from the last import; returns whether it did. */
    static boolean sync(Path botDirectory, LuceneKnowledgeBase knowledgeBase, Path indexDirectory) throws IOException {
        Path folder = botDirectory.resolve("articles");
        if (!Files.isDirectory(folder)) {
            return false;
        }
        List<Article> articles = ArticleFiles.read(folder);
        String fingerprint = fingerprint(articles);
        Path marker = indexDirectory.resolve(MARKER);
        if (Files.exists(marker) && Files.readString(marker).equals(fingerprint) && knowledgeBase.size() > 0) {
            return false;
        }
        knowledgeBase.replaceAll(articles);
        Files.writeString(marker, fingerprint);
        return true;
    }

    private static String fingerprint(List<Article> articles) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // an index of another format must be rebuilt from the same articles
            digest.update(LuceneKnowledgeBase.INDEX_FORMAT.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            for (Article a : articles) {
                for (String part : new String[] {a.id(), a.title(), a.url(), String.join(",", a.tags()), a.locale(),
                        a.language().code(), a.body()}) {
                    digest.update(part.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
