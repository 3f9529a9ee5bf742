package dev.chatdesk.models.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a DJL model directory: its files, its settings, and what identifies it. */
class TorchScriptEncoderTest {
    @TempDir
    Path temp;

    @Test
    void theLongestInputComesFromServingProperties() throws Exception {
        assertEquals(TinyTorchScriptEncoder.MAX_LENGTH, TorchScriptEncoder.fromDirectory(tiny("tiny")).maxTokens());
    }

    @Test
    void servingPropertiesIsOptional() throws Exception {
        Path directory = tiny("tiny");
        Files.delete(directory.resolve(TorchScriptEncoder.PROPERTIES_FILE));
        assertEquals(512, TorchScriptEncoder.fromDirectory(directory).maxTokens());
    }

    @Test
    void theModelFileIsTheOneServingPropertiesNames() throws Exception {
        String reference = TorchScriptEncoder.fromDirectory(tiny("reference")).fingerprint();
        Path directory = tiny("tiny");
        Files.move(directory.resolve("model.pt"), directory.resolve("my-bert.pt"));
        Files.writeString(directory.resolve("model.pt"), "another model");
        setProperties(directory, "maxLength=64\noption.modelName=my-bert\n");
        assertEquals(reference, TorchScriptEncoder.fromDirectory(directory).fingerprint());
    }

    @Test
    void aMissingModelFileIsReportedWithEveryNameTried() throws Exception {
        Path directory = tiny("shop-bert");
        Files.delete(directory.resolve("model.pt"));
        setProperties(directory, "option.modelName=my-bert\n");
        Exception e = assertThrows(IllegalArgumentException.class, () -> TorchScriptEncoder.fromDirectory(directory));
        assertTrue(e.getMessage().contains("my-bert.pt, shop-bert.pt, model.pt"), e.getMessage());
    }

    @Test
    void aDirectoryWithoutATokenizerIsRefusedNamingTheFile() throws Exception {
        Path directory = tiny("tiny");
        Files.delete(directory.resolve(TorchScriptEncoder.TOKENIZER_FILE));
        Exception e = assertThrows(IllegalArgumentException.class, () -> TorchScriptEncoder.fromDirectory(directory));
        assertTrue(e.getMessage().contains("tokenizer.json"), e.getMessage());
    }

    @Test
    void anotherEngineIsRefusedNamingIt() throws Exception {
        Path directory = tiny("tiny");
        setProperties(directory, "engine=OnnxRuntime\n");
        Exception e = assertThrows(IllegalArgumentException.class, () -> TorchScriptEncoder.fromDirectory(directory));
        assertTrue(e.getMessage().contains("OnnxRuntime"), e.getMessage());
    }

    @Test
    void aMaxLengthThatIsNotAPositiveNumberIsRefusedNamingTheValue() throws Exception {
        Path directory = tiny("tiny");
        setProperties(directory, "maxLength=lots\n");
        Exception e = assertThrows(IllegalArgumentException.class, () -> TorchScriptEncoder.fromDirectory(directory));
        assertTrue(e.getMessage().contains("maxLength") && e.getMessage().contains("'lots'"), e.getMessage());
    }

    @Test
    void theFingerprintFollowsTheModelFilesBytesNotItsPlace() throws Exception {
        String original = TorchScriptEncoder.fromDirectory(tiny("a")).fingerprint();
        assertEquals(original, TorchScriptEncoder.fromDirectory(tiny("b")).fingerprint());
        Path changed = tiny("c");
        Files.write(changed.resolve("model.pt"), new byte[] {0}, StandardOpenOption.APPEND);
        assertNotEquals(original, TorchScriptEncoder.fromDirectory(changed).fingerprint());
    }

    private Path tiny(String name) throws Exception {
        return TinyTorchScriptEncoder.writeTo(temp.resolve(name));
    }

    private static void setProperties(Path directory, String properties) throws Exception {
        Files.writeString(directory.resolve(TorchScriptEncoder.PROPERTIES_FILE), properties);
    }
}
