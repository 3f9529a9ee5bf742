package dev.chatdesk.server.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conversation files are read strictly, so a check that is misspelt fails instead of never running. */
class ScriptTest {
    @TempDir
    Path dir;

    private Script read(String yaml) throws Exception {
        Path file = dir.resolve("topic.yml");
        Files.writeString(file, yaml);
        return Script.read(file);
    }

    private String failure(String yaml) {
        return assertThrows(IllegalArgumentException.class, () -> read(yaml)).getMessage();
    }

    @Test
    void readsTurnsOfEachKindWithTheirChecks() throws Exception {
        Script script = read("""
                conversations:
                  - name: tracks an order
                    turns:
                      - customer: "where's my parcel?"
                        bot: {contains: "order number", noButtons: true, status: bot}
                      - press: "Talk to a person"
                        bot: {buttons: ["A", "B"], replies: 1}
                      - agent: {say: "hello", release: true}
                """);
        List<Script.Turn> turns = script.conversations().get(0).turns();
        assertEquals(List.of("order number"), turns.get(0).expect().contains());
        assertTrue(turns.get(0).expect().forbidsAllButtons());
        assertEquals("Talk to a person", turns.get(1).press());
        assertEquals(1, turns.get(1).expect().replies());
        assertEquals("hello", turns.get(2).agent().say());
        assertTrue(turns.get(2).agent().release());
    }

    @Test
    void rejectsAMisspeltCheck() {
        String message = failure("""
                conversations:
                  - name: x
                    turns:
                      - customer: "hi"
                        bot: {contain: ["hello"]}
                """);
        assertTrue(message.startsWith("topic.yml: ") && message.contains("\"contain\""), message);
    }

    @Test
    void rejectsATurnThatIsTwoKindsAtOnce() {
        assertEquals("topic.yml, conversation \"x\", turn 1: needs exactly one of customer, press and agent", failure("""
                conversations:
                  - name: x
                    turns:
                      - customer: "hi"
                        press: "Yes"
                """));
    }

    @Test
    void rejectsAnUnknownStatusAndAnInvalidPattern() {
        assertTrue(failure("""
                conversations:
                  - name: x
                    turns:
                      - customer: "hi"
                        bot: {status: waiting}
                """).contains("status must be one of"));
        assertTrue(failure("""
                conversations:
                  - name: x
                    turns:
                      - customer: "hi"
                        bot: {matches: "(unclosed"}
                """).contains("matches is not a regular expression"));
    }

    @Test
    void rejectsAConversationWithoutTurnsOrName() {
        assertEquals("topic.yml, conversation \"x\" has no turns", failure("""
                conversations:
                  - name: x
                """));
        assertEquals("topic.yml: a conversation has no name", failure("""
                conversations:
                  - turns: [{customer: "hi"}]
                """));
    }
}
