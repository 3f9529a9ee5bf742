package dev.chatdesk.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code nlu} commands honour the command-line contract of API.md. */
class NluCommandsTest {
    private static final String TRAIN = """
            text,label
            where is my order,order_status
            has my parcel shipped,order_status
            when does my package arrive,order_status
            my delivery is late,order_status
            track my order please,order_status
            where's my stuff,order_status
            i want to return these shoes,return_item
            how do I send something back,return_item
            return policy?,return_item
            can I give back a jacket,return_item
            i'd like a return label,return_item
            send this back,return_item
            tell me a joke,oos
            what's the weather,oos
            who won the match,oos
            play some music,oos
            how do I bake bread,oos
            recommend a movie,oos
            """;
    private static final String TEST = """
            text,label
            where is my parcel,order_status
            I want to return my boots,return_item
            what is the capital of peru,oos
            """;

    @Test
    void evalPrintsTheContractFieldsAsOneJsonObjectOnTheLastLine(@TempDir Path dir) throws Exception {
        Path train = Files.writeString(dir.resolve("train.csv"), TRAIN);
        Path test = Files.writeString(dir.resolve("test.csv"), TEST);
        CommandRun run = CommandRun.of("", "nlu", "eval", "--task", "intent", "--train", train.toString(),
                "--test", test.toString(), "--oos-label", "oos", "--json", "--epochs", "2",
                "--data-dir", dir.resolve("data").toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = run.lastJson();
        for (String field : new String[] {"task", "n", "accuracy", "macroF1", "perLabel", "inScopeAccuracy",
                "oosRecall", "trainSeconds", "evalSeconds", "examplesPerSecond"}) {
            assertTrue(result.has(field), "missing " + field + " in " + result);
        }
        assertEquals("intent", result.get("task").asText());
        assertEquals(3, result.get("n").asInt());
        assertEquals(1, result.get("perLabel").get("oos").get("support").asInt());
        assertTrue(run.err().contains("epoch 1/2"), "training shows progress: " + run.err());
    }

    @Test
    void aRepeatedEvalLoadsTheCachedModelInsteadOfRetraining(@TempDir Path dir) throws Exception {
        Path train = Files.writeString(dir.resolve("train.csv"), TRAIN);
        Path test = Files.writeString(dir.resolve("test.csv"), TEST);
        String[] args = {"nlu", "eval", "--task", "intent", "--train", train.toString(), "--test", test.toString(),
            "--json", "--epochs", "1", "--data-dir", dir.resolve("data").toString()};
        CommandRun first = CommandRun.of("", args);
        CommandRun second = CommandRun.of("", args);
        assertEquals(0, second.exitCode(), second.err());
        assertFalse(second.err().contains("epoch 1/1"), second.err());
        assertTrue(second.err().contains("loading the trained model"), second.err());
        assertEquals(first.lastJson().get("accuracy"), second.lastJson().get("accuracy"));
        assertFalse(second.lastJson().has("oosRecall"), "OOS fields only with --oos-label");
    }

    @Test
    void aTestFileWithoutALabelColumnIsAClearErrorNotAStackTrace(@TempDir Path dir) throws Exception {
        Path test = Files.writeString(dir.resolve("test.csv"), "sentence,label\nhi,greet\n");
        CommandRun run = CommandRun.of("", "nlu", "eval", "--task", "sentiment", "--test", test.toString(),
                "--data-dir", dir.resolve("data").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no column 'text'"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aMissingFileIsNamedInOneSentence(@TempDir Path dir) {
        CommandRun run = CommandRun.of("", "nlu", "eval", "--task", "sentiment", "--test",
                dir.resolve("nope.csv").toString(), "--data-dir", dir.resolve("data").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no such file: ") && run.err().contains("nope.csv"), run.err());
    }

    @Test
    void predictPrintsOneJsonObjectPerInputLine(@TempDir Path dir) throws Exception {
        Path bot = dir.resolve("bot");
        Files.createDirectories(bot.resolve("intents"));
        Files.writeString(bot.resolve("intents/order_status.yml"),
                "intent: order_status\nexamples: [\"where is my order\", \"has my parcel shipped\", \"track my package\"]\n");
        Files.writeString(bot.resolve("intents/greet.yml"),
                "intent: greet\nexamples: [\"hello\", \"hi there\", \"good morning\"]\n");
        CommandRun run = CommandRun.of("where is my parcel?\n\nhello!!\n", "nlu", "predict", "--bot", bot.toString(),
                "--json", "--epochs", "1", "--data-dir", dir.resolve("data").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, run.lines().size(), run.out());
        JsonNode first = run.lastJson();
        assertEquals("hello!!", first.get("text").asText());
        assertTrue(first.get("intent").has("name") && first.get("intent").has("confidence"));
        assertTrue(first.get("sentiment").get("label").asText().matches("negative|neutral|positive"));
        double anger = first.get("anger").asDouble();
        assertTrue(anger >= 0 && anger <= 1);
    }
}
