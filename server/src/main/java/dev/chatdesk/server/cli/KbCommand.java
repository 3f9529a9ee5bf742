package dev.chatdesk.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chatdesk kb}: import help articles, evaluate retrieval, measure search latency. */
@Command(
        name = "kb",
        mixinStandardHelpOptions = true,
        description = "Import help articles into the knowledge base, evaluate retrieval and measure search latency.",
        subcommands = {KbImportCommand.class, KbEvalCommand.class, KbBenchCommand.class})
final class KbCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
