package dev.chatdesk.models.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.models.encoder.EncoderSource;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.encoder.TinyTorchScriptEncoder;
import dev.chatdesk.models.encoder.TorchScriptEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bot directory may hold its own encoder in models/&lt;name&gt;/. */
class BotEncoderTest {
    @TempDir
    Path bot;

    @Test
    void aBotWithoutItsOwnEncoderStartsFromTheDefault() throws Exception {
        Files.createDirectories(bot.resolve("intents"));
        assertSame(PretrainedEncoder.defaultEncoder(), BotEncoder.of(bot));
    }

    @Test
    void aBotsOwnEncoderDirectoryIsTheOneItStartsFrom() throws Exception {
        Path own = TinyTorchScriptEncoder.writeTo(bot.resolve("models").resolve("shop-bert"));
        EncoderSource encoder = BotEncoder.of(bot);
        assertInstanceOf(TorchScriptEncoder.class, encoder);
        assertEquals(TorchScriptEncoder.fromDirectory(own).fingerprint(), encoder.fingerprint());
    }

    @Test
    void twoEncodersAreRefusedNamingBoth() throws Exception {
        TinyTorchScriptEncoder.writeTo(bot.resolve("models").resolve("first"));
        TinyTorchScriptEncoder.writeTo(bot.resolve("models").resolve("second"));
        Exception e = assertThrows(IllegalArgumentException.class, () -> BotEncoder.of(bot));
        assertTrue(e.getMessage().contains("first, second"), e.getMessage());
    }
}
