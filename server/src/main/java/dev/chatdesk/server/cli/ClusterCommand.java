package dev.chatdesk.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chatdesk cluster}: commands on the cluster of nodes. */
@Command(
        name = "cluster",
        mixinStandardHelpOptions = true,
        description = "Check the store and the cluster several nodes share.",
        subcommands = ClusterCheckCommand.class)
final class ClusterCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
