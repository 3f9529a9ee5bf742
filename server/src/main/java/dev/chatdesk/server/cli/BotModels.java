package dev.chatdesk.server.cli;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.BotDirectory;
import dev.chatdesk.models.encoder.EncoderSource;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.training.BotEncoder;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Finds the bot a command works on, and the encoder its model starts from: the one named by
 * {@code --bot}, or the embedded demo bot (which has the default encoder).
 */
final class BotModels {
    private BotModels() {}

    static BotDefinition load(Path botDirectory) throws IOException {
        return botDirectory == null ? BotDirectory.loadDemo() : BotDirectory.load(botDirectory);
    }

    static EncoderSource encoder(Path botDirectory) throws IOException {
        return botDirectory == null ? PretrainedEncoder.defaultEncoder() : BotEncoder.of(botDirectory);
    }
}
