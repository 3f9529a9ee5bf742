package dev.chatdesk.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chatdesk insights}: commands about what the insights read back. */
@Command(
        name = "insights",
        mixinStandardHelpOptions = true,
        description = "What the insights read back from the conversations.",
        subcommands = {GroupingEvalCommand.class})
final class InsightsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
