package dev.chatdesk.server.cli;

import dev.chatdesk.core.bot.BotDirectory;
import dev.chatdesk.core.bot.BotLanguages;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.models.encoder.EncoderSource;
import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.training.BotEncoder;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Finds the bot a command works on, in each of its languages, and the encoder its model of a
 * language starts from: the one named by {@code --bot}, or the embedded demo bot (which has the
 * default encoders).
 */
final class BotModels {
    private BotModels() {}

    static BotLanguages load(Path botDirectory) throws IOException {
        return BotDirectory.loadLanguages(botDirectory == null ? BotDirectory.demoDirectory() : botDirectory);
    }

    static EncoderSource encoder(Path botDirectory, Language language) throws IOException {
        return botDirectory == null ? PretrainedEncoder.defaultEncoder(language) : BotEncoder.of(botDirectory, language);
    }
}
