package dev.chatdesk.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/** Runs a {@code chatdesk} command in-process and keeps what it printed. */
record CommandRun(int exitCode, String out, String err) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static CommandRun of(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ChatdeskCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        InputStream originalIn = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return new CommandRun(cli.execute(args), out.toString(), err.toString());
        } finally {
            System.setIn(originalIn);
        }
    }

    List<String> lines() {
        return out.lines().filter(l -> !l.isBlank()).toList();
    }

    /** The last line of the output, which {@code --json} promises is one JSON object. */
    JsonNode lastJson() throws Exception {
        List<String> lines = lines();
        return JSON.readTree(lines.get(lines.size() - 1));
    }
}
