package dev.chatdesk.models.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.nlu.SentimentLabel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDatasetsTest {

    @Test
    void readsQuotedTextsWithCommasAndQuotes(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.csv"),
                "text,label\n\"hi, \"\"you\"\"\",greet\nbye,goodbye\n");
        assertEquals(List.of(new LabelledText("hi, \"you\"", "greet"), new LabelledText("bye", "goodbye")),
                CsvDatasets.readLabelled(file));
    }

    @Test
    void aMissingColumnIsNamed(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("b.csv"), "sentence,label\nhi,greet\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvDatasets.readLabelled(file));
        assertTrue(e.getMessage().contains("'text'"), e.getMessage());
    }

    @Test
    void aBadAngerLevelNamesTheLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("c.csv"), "text,label,anger\nok,neutral,0\nugh,negative,7\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvDatasets.readAngerLevels(file));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void theBundledSentimentSetIsLargeAndCoversEveryClassAndAngerLevel() {
        List<SentimentExample> examples = CsvDatasets.bundledCustomerSentiment();
        assertTrue(examples.size() >= 1500, "only " + examples.size());
        Map<SentimentLabel, Long> bySentiment = examples.stream()
                .collect(Collectors.groupingBy(SentimentExample::sentiment, Collectors.counting()));
        assertEquals(3, bySentiment.size());
        assertTrue(examples.stream().filter(e -> e.anger() == 1.0).count() >= 150);
        assertTrue(examples.stream().filter(e -> e.anger() == 0.5).count() >= 150);
        assertTrue(examples.stream().allMatch(e -> e.anger() == 0 || e.sentiment() == SentimentLabel.NEGATIVE));
    }
}
