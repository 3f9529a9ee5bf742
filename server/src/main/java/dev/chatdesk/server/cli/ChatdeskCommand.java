package dev.chatdesk.server.cli;

import dev.chatdesk.storage.crypto.UndecryptableRecordException;
import dev.chatdesk.storage.jdbc.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code chatdesk} command; its subcommands do the work. */
@Command(
        name = "chatdesk",
        mixinStandardHelpOptions = true,
        version = "chatdesk 0.1.0",
        description = "Chatdesk: an open-source customer-service chatbot server.",
        subcommands = {ServeCommand.class, NluCommand.class, KbCommand.class, LoadBenchCommand.class,
                CustomersCommand.class, PrivacyCommand.class, StoreCommand.class, ClusterCommand.class, DemoCommand.class,
                InsightsCommand.class})
public final class ChatdeskCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A command line whose failures print one clear sentence (exit code 2), never a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ChatdeskCommand());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof NoSuchFileException missing) {
                line.getErr().println("chatdesk: no such file: " + missing.getFile());
                return 2;
            }
            if (e instanceof IllegalArgumentException || e instanceof IOException || e instanceof UncheckedIOException
                    || e instanceof UndecryptableRecordException || e instanceof StoreException) {
                line.getErr().println("chatdesk: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
