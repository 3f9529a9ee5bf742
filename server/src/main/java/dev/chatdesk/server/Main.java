package dev.chatdesk.server;

import dev.chatdesk.server.cli.ChatdeskCommand;
import picocli.CommandLine;

/** Runs {@code ./chatdesk}: parses the command line and runs the chosen command. */
public final class Main {
    private Main() {}

    /** The process entry point; exits with the command's status. */
    public static void main(String[] args) {
        System.exit(ChatdeskCommand.commandLine().execute(args));
    }
}
