package dev.chatdesk.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chatdesk nlu}: train, evaluate, try and benchmark the NLU model. */
@Command(
        name = "nlu",
        mixinStandardHelpOptions = true,
        description = "Train, evaluate, try and benchmark the NLU model.",
        subcommands = {NluTrainCommand.class, NluEvalCommand.class, NluPredictCommand.class, NluBenchCommand.class})
final class NluCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
