package dev.chatdesk.server.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option shared by commands that cache trained models. */
final class DataDirectoryOption {
    @Option(names = "--data-dir", defaultValue = "./data", description = "Data directory (trained models are cached under models/). Default: ${DEFAULT-VALUE}.")
    Path dataDirectory;
}
