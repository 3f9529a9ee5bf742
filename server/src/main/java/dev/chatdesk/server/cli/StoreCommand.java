package dev.chatdesk.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chatdesk store}: commands on the configured storage back end. */
@Command(
        name = "store",
        mixinStandardHelpOptions = true,
        description = "Measure the configured store.",
        subcommands = {StoreBenchCommand.class, StoreSearchBenchCommand.class, StoreInsightsBenchCommand.class})
final class StoreCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
