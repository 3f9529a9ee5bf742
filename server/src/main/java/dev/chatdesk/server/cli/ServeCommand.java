package dev.chatdesk.server.cli;

import dev.chatdesk.server.app.ChatdeskApplication;
import dev.chatdesk.server.config.ChatdeskConfig;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chatdesk serve}: runs the server until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the server: with no options the demo bot on port 8080, everything stored under ./data.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Option(names = "--port", description = "The HTTP port (default 8080; 0 picks a free one).")
    Integer port;

    @Override
    public Integer call() throws Exception {
        ChatdeskConfig settings = server.settings(System.getenv(), port);
        ChatdeskApplication app = ChatdeskApplication.start(settings, new ConsoleProgress(spec.commandLine().getErr()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "chatdesk-shutdown"));
        spec.commandLine().getOut().println("Chatdesk is running on http://localhost:" + app.port() + "/ (Ctrl+C stops it)");
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
