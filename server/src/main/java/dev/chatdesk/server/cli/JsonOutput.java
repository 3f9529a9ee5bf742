package dev.chatdesk.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;

/**
 * The {@code --json} option and the printing of command results: one JSON object on one line
 * with {@code --json}, indented JSON for people otherwise.
 */
final class JsonOutput {
    @picocli.CommandLine.Option(names = "--json", description = "Print the result as one JSON object on one line.")
    boolean json;

    private static final ObjectMapper COMPACT = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Prints a command's result on its standard output. */
    void print(picocli.CommandLine.Model.CommandSpec spec, Object value) {
        spec.commandLine().getOut().println(json ? line(value) : pretty(value));
        spec.commandLine().getOut().flush();
    }

    static String line(Object value) {
        return write(COMPACT, value);
    }

    static String pretty(Object value) {
        return write(PRETTY, value);
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
