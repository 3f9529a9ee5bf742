package dev.chatdesk.kb.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatdesk.kb.bench.WordHashEmbedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageVectorCacheTest {
    private final WordHashEmbedder embedder = new WordHashEmbedder();

    @Test
    void aPassageSeenBeforeIsReadBackEvenAfterARestartAndOnlyNewOnesAreEmbedded(@TempDir Path dir) throws Exception {
        List<float[]> first = PassageVectorCache.open(dir, "minilm", embedder).embed(List.of("returns are free", "we ship to canada"));

        PassageVectorCache reopened = PassageVectorCache.open(dir, "minilm", embedder);
        List<float[]> second = reopened.embed(List.of("we ship to canada", "gift cards never expire", "we ship to canada"));

        assertEquals(3, embedder.embeddedTexts.get(), "two, then only the new one; a repeat within a call once");
        assertArrayEquals(first.get(1), second.get(0));
        assertArrayEquals(second.get(0), second.get(2));
        assertEquals(3, reopened.size());
    }

    @Test
    void anotherEncoderHasItsOwnVectorsAndQuestionsAreNotRemembered(@TempDir Path dir) throws Exception {
        PassageVectorCache.open(dir, "minilm", embedder).embed(List.of("returns are free"));
        PassageVectorCache other = PassageVectorCache.open(dir, "bge-small-zh", embedder);
        other.embed(List.of("returns are free"));
        other.embedQuery("are returns free?");
        other.embedQuery("are returns free?");

        assertEquals(4, embedder.embeddedTexts.get());
    }

    @Test
    void aRecordCutShortByAStoppedRunIsDroppedAndTheRestKept(@TempDir Path dir) throws Exception {
        PassageVectorCache.open(dir, "minilm", embedder).embed(List.of("returns are free", "we ship to canada"));
        Path file;
        try (var files = Files.list(dir)) {
            file = files.findFirst().orElseThrow();
        }
        Files.write(file, new byte[] {1, 2, 3, 4, 5}, StandardOpenOption.APPEND);
        long whole = Files.size(file) - 5;

        PassageVectorCache reopened = PassageVectorCache.open(dir, "minilm", embedder);

        assertEquals(2, reopened.size());
        assertEquals(whole, Files.size(file));
        reopened.embed(List.of("returns are free", "gift cards never expire"));
        assertEquals(3, embedder.embeddedTexts.get());
        assertEquals(3, PassageVectorCache.open(dir, "minilm", embedder).size(), "appended after the cut, readable");
    }
}
