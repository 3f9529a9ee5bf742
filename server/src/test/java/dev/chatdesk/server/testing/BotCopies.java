package dev.chatdesk.server.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the test bots (under {@code src/test/resources/bots/}) in temporary folders, for tests that change them. */
public final class BotCopies {
    private BotCopies() {}

    /** A fresh copy of the test bot {@code name}, in a folder of that name. */
    public static Path of(String name) throws IOException {
        URL resource = BotCopies.class.getClassLoader().getResource("bots/" + name);
        if (resource == null) {
            throw new IllegalStateException("bots/" + name + " is missing from the test class path");
        }
        Path source;
        try {
            source = Path.of(resource.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path copy = Files.createTempDirectory("chatdesk-bot").resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }
}
