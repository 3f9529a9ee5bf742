package dev.chatdesk.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chatdesk demo}: commands for trying Chatdesk out. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Try Chatdesk out.",
        subcommands = {DemoSeedCommand.class})
final class DemoCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
