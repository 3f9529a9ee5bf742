package dev.chatdesk.server.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real server as a child JVM running {@code chatdesk serve} on a data directory, so that it can
 * be killed with SIGKILL like a crashed process. Trained models are shared with the other tests
 * through a symlinked cache under {@code target/}, so the demo bot's model is trained once per build.
 */
final class ServerProcess implements AutoCloseable {
    private static final Path SHARED_MODELS = Path.of("target", "test-models").toAbsolutePath();
    private static final Pattern READY = Pattern.compile("running on http://localhost:(\\d+)/");
    private static final int OUTPUT_LINES_KEPT = 300;
    private static final int SIGKILL_EXIT_STATUS = 128 + 9;

    private final Process process;
    private final Deque<String> output = new ArrayDeque<>();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();

    private ServerProcess(Process process) {
        this.process = process;
    }

    /**
     * Starts {@code serve --port 0} on the data directory with the given {@code CHATDESK_*}
     * environment (none inherited) and waits until it says it is running.
     */
    static ServerProcess start(Path dataDir, Map<String, String> environment, Duration readyWithin) throws Exception {
        linkSharedModels(dataDir);
        ProcessBuilder builder = new ProcessBuilder(command(dataDir)).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("CHATDESK_"));
        builder.environment().putAll(environment);
        ServerProcess server = new ServerProcess(builder.start());
        Thread reader = new Thread(server::readOutput, "chatdesk-child-output");
        reader.setDaemon(true);
        reader.start();
        try {
            server.port.get(readyWithin.toMillis(), TimeUnit.MILLISECONDS);
            return server;
        } catch (TimeoutException | ExecutionException e) {
            server.close();
            throw new IllegalStateException("the server did not start within " + readyWithin + " (" + e.getMessage()
                    + "); its output:\n" + server.output(), e);
        }
    }

    private static List<String> command(Path dataDir) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return List.of(java,
                "-Dai.djl.offline=true", "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Xss4m",
                "-cp", System.getProperty("java.class.path"),
                "dev.chatdesk.server.Main", "serve", "--port", "0", "--data-dir", dataDir.toString());
    }

    private static void linkSharedModels(Path dataDir) throws IOException {
        Files.createDirectories(SHARED_MODELS);
        Path models = dataDir.resolve("models");
        if (!Files.exists(models, LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(models, SHARED_MODELS);
        }
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                remember(line);
                Matcher ready = READY.matcher(line);
                if (ready.find()) {
                    port.complete(Integer.parseInt(ready.group(1)));
                }
            }
        } catch (IOException e) {
            remember("[reading the server's output failed: " + e + "]");
        }
        port.completeExceptionally(new IllegalStateException("the server's output ended before it was ready"));
    }

    private synchronized void remember(String line) {
        output.addLast(line);
        if (output.size() > OUTPUT_LINES_KEPT) {
            output.removeFirst();
        }
    }

    /** The port the server listens on. */
    int port() {
        return port.join();
    }

    /** The last lines the server printed (standard output and error together). */
    synchronized String output() {
        return String.join("\n", output);
    }

    /**
     * Kills the server with SIGKILL, so it gets no chance to flush or close anything, and waits
     * until it is gone. Fails if it had already exited on its own.
     */
    void kill() throws InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException("the server had already exited with status " + process.exitValue()
                    + " before it was killed; its output:\n" + output());
        }
        // Process.destroyForcibly() would also close our end of its output pipe before we read the last lines.
        process.toHandle().destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server (pid " + process.pid() + ") is still alive 30 s after SIGKILL");
        }
        if (process.exitValue() != SIGKILL_EXIT_STATUS) {
            throw new IllegalStateException("the server exited with status " + process.exitValue() + ", not by SIGKILL");
        }
    }

    @Override
    public void close() {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.toHandle().destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
