package dev.chatdesk.kb.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorFileCacheTest {
    @Test
    void theSameTextsAreReadBackInsteadOfEmbeddedAgain(@TempDir Path dir) {
        WordHashEmbedder embedder = new WordHashEmbedder();
        VectorFileCache cache = new VectorFileCache(embedder, "hash", dir, m -> {});
        List<String> texts = List.of("returns are free", "we ship to canada", "gift cards never expire");
        List<float[]> first = cache.embed(texts);
        List<float[]> second = new VectorFileCache(embedder, "hash", dir, m -> {}).embed(texts);
        assertEquals(3, embedder.embeddedTexts.get());
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(first.get(i), second.get(i));
        }
    }

    @Test
    void otherTextsOrAnotherEmbedderAreEmbedded(@TempDir Path dir) {
        WordHashEmbedder embedder = new WordHashEmbedder();
        new VectorFileCache(embedder, "hash", dir, m -> {}).embed(List.of("returns are free"));
        new VectorFileCache(embedder, "hash", dir, m -> {}).embed(List.of("returns are not free"));
        new VectorFileCache(embedder, "other", dir, m -> {}).embed(List.of("returns are free"));
        assertEquals(3, embedder.embeddedTexts.get());
    }
}
