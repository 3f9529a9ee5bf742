package dev.chatdesk.server.cli;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.BotDirectory;
import java.io.IOException;
import java.nio.file.Path;

/** Finds the bot a command works on: the one named by {@code --bot}, or the embedded demo bot. */
final class BotModels {
    private BotModels() {}

    static BotDefinition load(Path botDirectory) throws IOException {
        return botDirectory == null ? BotDirectory.loadDemo() : BotDirectory.load(botDirectory);
    }
}
