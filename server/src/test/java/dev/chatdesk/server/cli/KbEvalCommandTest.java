package dev.chatdesk.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KbEvalCommandTest {
    @Test
    void aLanguageOtherThanEnOrZhIsRefusedWithItsName() {
        CommandRun run = CommandRun.of("", "kb", "eval", "--corpus", "c.jsonl", "--queries", "q.jsonl",
                "--qrels", "r.tsv", "--language", "fr");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("language must be en or zh, was 'fr'"), run.err());
    }
}
