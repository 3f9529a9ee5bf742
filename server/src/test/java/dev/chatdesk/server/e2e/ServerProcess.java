package dev.chatdesk.server.e2e;

import dev.chatdesk.server.Main;
import dev.chatdesk.server.testing.ApiClient;
import dev.chatdesk.server.testing.FreePorts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real server with the demo bot as a process of its own ({@code chatdesk serve} in a new JVM on
 * this build's class path), on a free port and a fresh data directory: a node a test can kill
 * outright, as a crash or {@code kill -9} would. Its output goes to {@code server.log} in its data
 * directory, which a failed start prints. Start nodes one after another: the first one trains the
 * demo model into the shared model cache when no test has done so yet.
 */
final class ServerProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a node with the extra environment given and waits until {@code /health/ready} says 200. */
    static ServerProcess start(Map<String, String> environment) throws Exception {
        Path dataDir = Files.createTempDirectory("chatdesk-node");
        Map<String, String> env = TestServer.prepare(dataDir, environment);
        int port = FreePorts.next();
        Path log = dataDir.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(command(port, dataDir))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        ServerProcess node = new ServerProcess(builder.start(), port, log);
        node.awaitReady();
        return node;
    }

    private static List<String> command(int port, Path dataDir) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.addAll(List.of("-Dai.djl.offline=true", "-Dhazelcast.wait.seconds.before.join=1",
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"));
        // Surefire hands the test JVM a one-entry manifest class path; the real one is in this property.
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))));
        command.addAll(List.of(Main.class.getName(), "serve", "--port", String.valueOf(port), "--data-dir", dataDir.toString()));
        return command;
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the server process exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                if (client().get("/health/ready", null).status() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        close();
        throw new AssertionError("the server process was not ready within " + START_TIMEOUT + ":\n" + output());
    }

    /** What the process printed so far. */
    String output() throws IOException {
        return Files.readString(log);
    }

    int port() {
        return port;
    }

    ApiClient client() {
        return new ApiClient(port);
    }

    /** Kills the process with SIGKILL: no shutdown hook runs, nothing is flushed or handed over. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Stops the process as {@code kill} (SIGTERM) would, and kills it if it is not gone in 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
